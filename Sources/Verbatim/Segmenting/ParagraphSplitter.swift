/// Splits text into paragraphs at blank lines and unwraps the lines inside
/// each paragraph.
enum ParagraphSplitter {
    /// Returns the byte ranges of the paragraphs (trimmed, non-empty) and
    /// replaces every line break inside a paragraph with a space in `bytes`,
    /// so that ICU sees one line per paragraph. Lengths do not change, so
    /// offsets into `bytes` stay offsets into the original text.
    /// - Complexity: O(*n*).
    static func paragraphs(in bytes: inout [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        bytes.withUnsafeMutableBufferPointer { buffer in
            let count = buffer.count
            var paragraphStart = 0
            var lineBreaks: [Int] = []
            var index = 0
            func close(_ end: Int) {
                let trimmed = Whitespace.trim(paragraphStart..<end, in: UnsafeBufferPointer(buffer))
                if !trimmed.isEmpty {
                    result.append(trimmed)
                    for position in lineBreaks where trimmed.contains(position) {
                        buffer[position] = 0x20
                    }
                }
                lineBreaks.removeAll(keepingCapacity: true)
            }
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    // Look past this line break for another before any visible character.
                    var probe = index + 1
                    var blank = false
                    while probe < count {
                        let next = buffer[probe]
                        if next == 0x0A {
                            if !(byte == 0x0D && probe == index + 1) { blank = true; break }
                        } else if next != 0x20 && next != 0x09 && next != 0x0D {
                            break
                        }
                        probe += 1
                    }
                    if blank {
                        close(index)
                        // Skip the whole run of blank lines.
                        while probe < count, Whitespace.isASCIISpace(buffer[probe]) { probe += 1 }
                        paragraphStart = probe
                        index = probe
                        continue
                    }
                    for position in index..<max(index + 1, probe)
                    where buffer[position] == 0x0A || buffer[position] == 0x0D {
                        lineBreaks.append(position)
                    }
                    index = max(index + 1, probe)
                    continue
                }
                index += 1
            }
            close(count)
        }
        return result
    }
}
