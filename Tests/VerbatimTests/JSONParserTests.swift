import Testing

@testable import Verbatim

@Suite struct JSONParserTests {
    /// Valid lines and the value each must parse to.
    static let validCases: [(json: String, expected: JSONValue, why: String)] = [
        (#"{"a":1,"b":"x"}"#, .object([("a", .integer(1)), ("b", .string("x"))]), "member order is kept"),
        (#"{"b":1,"a":2}"#, .object([("b", .integer(1)), ("a", .integer(2))]), "order is source order, not sorted"),
        (#"{"a":1,"a":2}"#, .object([("a", .integer(2))]), "a duplicate key keeps the last value"),
        (#" [1, -2.5e3, true, false, null] "#, .array([.integer(1), .number("-2.5e3"), .bool(true), .bool(false), .null]),
         "numbers keep their spelling; literals; surrounding spaces"),
        (#""a\"b\\c\/d\n\t\u00e9""#, .string("a\"b\\c/d\n\té"), "every escape"),
        (#""\ud83d\ude00""#, .string("😀"), "a surrogate pair becomes one code point outside the BMP"),
        (#""\ud83d""#, .string("\u{FFFD}"), "a lone surrogate is replaced, not a crash"),
        (#""Kerry’s “deal”""#, .string("Kerry’s “deal”"), "raw UTF-8 passes through"),
        (#"{"n":{"m":[{}]}}"#, .object([("n", .object([("m", .array([.object([])]))]))]), "nesting"),
    ]

    @Test(arguments: validCases.indices)
    func parsesValidJSON(_ index: Int) throws {
        let testCase = Self.validCases[index]
        #expect(try JSONParser.parse(Array(testCase.json.utf8)) == testCase.expected, "\(testCase.why)")
    }

    /// Malformed lines: each must throw, never crash or return a partial value.
    static let invalidCases: [(json: String, why: String)] = [
        (#"{"a":1"#, "unterminated object"),
        (#"{"a" 1}"#, "missing colon"),
        (#"{"a":1,}"#, "trailing comma"),
        (#"[1 2]"#, "missing comma"),
        (#""abc"#, "unterminated string"),
        (#"{"a":tru}"#, "bad literal"),
        (#"{"a":-}"#, "a minus sign alone is no number"),
        (#"{} {}"#, "two values on one line"),
        ("{\"a\":\"x\ny\"}", "a raw control character inside a string"),
        ("", "an empty line"),
        (String(repeating: "[", count: 1000), "nesting deeper than the limit"),
    ]

    @Test(arguments: invalidCases.indices)
    func rejectsMalformedJSON(_ index: Int) {
        let testCase = Self.invalidCases[index]
        #expect(throws: JSONParser.SyntaxError.self, "\(testCase.why)") {
            try JSONParser.parse(Array(testCase.json.utf8))
        }
    }

    @Test func errorNamesTheColumn() {
        do {
            _ = try JSONParser.parse(Array(#"{"a":1 "b":2}"#.utf8))
            Issue.record("expected an error")
        } catch let error as JSONParser.SyntaxError {
            #expect(error.column == 8)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

@Suite struct JSONWriterTests {
    @Test func writesNestedValuesWithCommas() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("a")
        writer.integer(1)
        writer.key("b")
        writer.beginArray()
        writer.string("x")
        writer.null()
        writer.beginObject()
        writer.endObject()
        writer.endArray()
        writer.key("c")
        writer.number(0.123456)
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"a":1,"b":["x",null,{}],"c":0.1235}"#)
    }

    /// Numbers with a few decimals are spelled without `Double`'s description, which must not show:
    /// every multiple of 0.01 and of 0.0001 in a wide range, and large and tiny ones, against it.
    @Test func roundedNumbersSpellLikeDoubleDescription() {
        func written(_ value: Double, digits: Int) -> String {
            var writer = JSONWriter()
            writer.number(value, digits: digits)
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        func described(_ value: Double, digits: Int) -> String {
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            let rounded = (value * scale).rounded() / scale
            if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
            return "\(rounded == 0 ? 0 : rounded)"
        }
        var mismatches = 0
        for digits in [2, 4] {
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            for step in -120_000...120_000 {
                let value = Double(step) / scale
                if written(value, digits: digits) != described(value, digits: digits) { mismatches += 1 }
            }
            for value in [123_456_789.1234, -987_654_321.5, 999_999_999.9999, 0.00005, -0.00004, 1e-9, 0.99995, 12.345678] {
                if written(value, digits: digits) != described(value, digits: digits) { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func escapesControlCharactersQuotesAndBackslashes() {
        var writer = JSONWriter()
        writer.string("a\"b\\c\nd\u{01}é😀")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #""a\"b\\c\nd\u0001é😀""#)
    }

    @Test func roundTripsThroughTheParser() throws {
        let value = JSONValue.object([
            ("z", .array([.integer(-3), .number("1.5e2"), .bool(true)])), ("a", .string("“quoted” \t tab")),
            ("m", .object([("k", .null)])),
        ])
        var writer = JSONWriter()
        writer.value(value)
        #expect(try JSONParser.parse(writer.bytes) == value)
    }

    @Test func numbersAreRoundedAndIntegralValuesHaveNoFraction() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.number(-0.00001)
        writer.number(1.0)
        writer.number(-0.5)
        writer.number(.nan)
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[0,1,-0.5,null]")
    }
}
