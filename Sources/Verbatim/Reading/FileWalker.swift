import Foundation

/// A file found under an input folder.
struct WalkedFile {
    var path: String
    /// Path relative to the input folder: the document id of a text file.
    var relativePath: String
    var size: Int
    /// True when the user named the file itself, so its extension is not checked.
    var explicitlyNamed = false
}

/// Walks a folder recursively, depth first, in sorted order, listing one
/// folder at a time so that memory stays bounded by the largest folder.
struct FileWalker {
    private var stack: [(path: String, relative: String)]
    private var pendingFiles: [WalkedFile] = []
    /// Folders that could not be listed, not yet reported.
    private var problems: [ReadProblem] = []

    /// The oldest problem not yet reported, if any.
    mutating func takeProblem() -> ReadProblem? {
        problems.isEmpty ? nil : problems.removeFirst()
    }

    init(root: String) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), !isDirectory.boolValue {
            let size = (try? FileManager.default.attributesOfItem(atPath: root)[.size] as? Int) ?? 0
            stack = []
            pendingFiles = [WalkedFile(path: root, relativePath: (root as NSString).lastPathComponent, size: size)]
        } else {
            stack = [(root, "")]
        }
    }

    mutating func next() -> WalkedFile? {
        while true {
            if let file = pendingFiles.popLast() { return file }
            guard let folder = stack.popLast() else { return nil }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            } catch {
                problems.append(
                    ReadProblem(
                        severity: .failed, origin: Origin(path: folder.path),
                        message: "unreadable folder: \(error.localizedDescription)"))
                return nil
            }
            var files: [WalkedFile] = []
            var folders: [(String, String)] = []
            for name in names where !name.hasPrefix(".") {
                let path = folder.path.hasSuffix("/") ? folder.path + name : folder.path + "/" + name
                let relative = folder.relative.isEmpty ? name : folder.relative + "/" + name
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    folders.append((path, relative))
                } else if (info.st_mode & S_IFMT) == S_IFREG {
                    files.append(WalkedFile(path: path, relativePath: relative, size: Int(info.st_size)))
                }
            }
            // Files of a folder come before its subfolders; both in name order.
            stack.append(contentsOf: folders.reversed())
            pendingFiles = files.reversed()
        }
    }
}
