import Foundation

/// Reads a rule-set folder: the manifest, then each included file, collecting every diagnostic.
struct RuleSetLoader {
  static let supportedFormat = 1
  static let maxFileBytes = 8 << 20

  struct Manifest {
    var name = "", version = "", description = ""
    var audience: Audience = .clinician
    var include: [String] = []
  }

  struct Loaded {
    var manifest = Manifest()
    var abbreviations: [AbbreviationRule] = []
    var sections: [SectionRule] = []
    var concepts: [ConceptRule] = []
    var cues: [CueRule] = []
    var measurements: [MeasurementRule] = []
    var escalation: [EscalationRule] = []
    var banned: [BannedRule] = []
    var disclaimers: [DisclaimerRule] = []
    var summary = SummarySettings()
    var fingerprint = ""
    var diagnostics: [Diagnostic] = []
    /// The manifest's path as shown in diagnostics.
    var manifestPath = "ruleset.yaml"

    /// Every rule, kind by kind, in file order.
    var allRules: [any Rule] {
      var all: [any Rule] = []
      all += abbreviations as [any Rule]
      all += sections as [any Rule]
      all += concepts as [any Rule]
      all += cues as [any Rule]
      all += measurements as [any Rule]
      all += escalation as [any Rule]
      all += banned as [any Rule]
      all += disclaimers as [any Rule]
      return all
    }
  }

  /// Loads `directory`, naming files relative to `displayRoot` in diagnostics.
  static func load(directory: URL, displayPath: String) -> Loaded {
    var out = Loaded()
    var hash = SHA256()
    let folder = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
    let manifestName = displayPath.isEmpty ? "ruleset.yaml" : "\(displayPath)/ruleset.yaml"
    out.manifestPath = manifestName
    guard let manifestTree = parse(folder + "ruleset.yaml", display: manifestName, &out.diagnostics, &hash) else {
      return out
    }
    let manifestNode = manifestTree.root
    var reader = YAMLReader(file: manifestName, tree: manifestTree)
    if let m = reader.mapping(manifestNode, allowed: ["format", "name", "version", "description", "audience", "include"], what: "manifest") {
      if let f = reader.integer(m["format"], rule: nil, what: "format") {
        if f > supportedFormat {
          reader.error("rule-set format \(f) is newer than this notesum supports (\(supportedFormat)); upgrade notesum", m["format"])
        } else if f < 1 {
          reader.error("rule-set format must be 1", m["format"])
        }
      } else if m["format"] == nil {
        reader.error("manifest needs 'format: 1'", manifestNode)
      }
      out.manifest.name = reader.string(m["name"], rule: nil, what: "name") ?? ""
      if out.manifest.name.isEmpty { reader.error("manifest needs a 'name'", manifestNode) }
      out.manifest.version = reader.string(m["version"], rule: nil, what: "version") ?? ""
      if !isSemanticVersion(out.manifest.version) {
        reader.error("version must be a semantic version such as 1.2.0", m["version"] ?? manifestNode)
      }
      out.manifest.description = reader.string(m["description"], rule: nil, what: "description") ?? ""
      out.manifest.audience = reader.word(m["audience"], as: Audience.self, rule: nil, what: "audience") ?? .clinician
      out.manifest.include = reader.strings(m["include"], rule: nil, what: "include") ?? []
      if out.manifest.include.isEmpty { reader.error("manifest needs 'include' with the rule files", manifestNode) }
    }
    out.diagnostics += reader.diagnostics
    for file in out.manifest.include {
      if file.contains("..") || file.hasPrefix("/") {
        out.diagnostics.append(Diagnostic(.error, "included file '\(file)' must be inside the rule-set folder", at: SourceLocation(file: manifestName, line: 1, column: 1)))
        continue
      }
      let display = displayPath.isEmpty ? file : "\(displayPath)/\(file)"
      guard let tree = parse(folder + file, display: display, &out.diagnostics, &hash) else { continue }
      var r = YAMLReader(file: display, tree: tree)
      read(tree.root, into: &out, reader: &r)
      out.diagnostics += r.diagnostics
    }
    out.fingerprint = hash.hexDigest()
    return out
  }

  private static func read(_ root: YAMLNode, into out: inout Loaded, reader r: inout YAMLReader) {
    let kinds = [
      "abbreviations", "sections", "concepts", "context", "measurements", "escalation", "banned", "disclaimers", "summary",
    ]
    guard let m = r.mapping(root, allowed: kinds, what: "rule file") else { return }
    for key in m.keys.sorted() {
      guard let node = m[key] else { continue }
      if key == "summary" {
        out.summary = r.summary(node)
        continue
      }
      guard let items = r.sequence(node, rule: nil, what: key) else { continue }
      for item in items {
        switch key {
        case "abbreviations": if let v = r.abbreviation(item) { out.abbreviations.append(v) }
        case "sections": if let v = r.section(item) { out.sections.append(v) }
        case "concepts": if let v = r.concept(item) { out.concepts.append(v) }
        case "context": if let v = r.cue(item) { out.cues.append(v) }
        case "measurements": if let v = r.measurement(item) { out.measurements.append(v) }
        case "escalation": if let v = r.escalation(item) { out.escalation.append(v) }
        case "banned": if let v = r.banned(item) { out.banned.append(v) }
        case "disclaimers": if let v = r.disclaimer(item) { out.disclaimers.append(v) }
        default: break
        }
      }
    }
  }

  /// Reads and composes one YAML file; adds its bytes to the fingerprint.
  private static func parse(_ path: String, display: String, _ diagnostics: inout [Diagnostic], _ hash: inout SHA256) -> YAMLTree? {
    let start = SourceLocation(file: display, line: 1, column: 1)
    guard FileManager.default.fileExists(atPath: path) else {
      diagnostics.append(Diagnostic(.error, "file does not exist", at: start))
      return nil
    }
    // Check the size before reading: a huge file (or a device such as /dev/zero) is refused without being read.
    var info = stat()
    guard stat(path, &info) == 0 else {
      diagnostics.append(Diagnostic(.error, "file cannot be read", at: start))
      return nil
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      diagnostics.append(Diagnostic(.error, "not a regular file; rule files must be plain files", at: start))
      return nil
    }
    if Int(info.st_size) > maxFileBytes {
      diagnostics.append(Diagnostic(.error, "file is \(info.st_size) bytes; rule files are limited to \(maxFileBytes) bytes", at: start))
      return nil
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      diagnostics.append(Diagnostic(.error, "file cannot be read", at: start))
      return nil
    }
    if data.count > maxFileBytes {
      diagnostics.append(Diagnostic(.error, "file is \(data.count) bytes; rule files are limited to \(maxFileBytes) bytes", at: start))
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      diagnostics.append(Diagnostic(.error, "file is not valid UTF-8", at: start))
      return nil
    }
    hash.update(Array((display.split(separator: "/").last.map(String.init) ?? display).utf8))
    hash.update([0])
    hash.update(data)
    hash.update([0])
    // The basic resolver's view, as with Yams before: every scalar is a string; the reader converts numbers and
    // booleans itself.
    do throws(YAMLComposer.Failure) {
      guard let tree = try YAMLComposer.compose(text) else {
        diagnostics.append(Diagnostic(.error, "file is empty", at: start))
        return nil
      }
      return tree
    } catch {
      diagnostics.append(composeDiagnostic(error, display))
      return nil
    }
  }

  private static func composeDiagnostic(_ failure: YAMLComposer.Failure, _ file: String) -> Diagnostic {
    switch failure {
    case .syntax(let problem, let line, let column):
      if problem.contains("nesting level") {
        return Diagnostic(
          .error, "YAML is nested more than \(YAMLLimits.maxNestingLevel) levels deep; rule files are limited to \(YAMLLimits.maxNestingLevel) levels",
          at: SourceLocation(file: file, line: line, column: column))
      }
      return Diagnostic(.error, "YAML syntax: \(problem)", at: SourceLocation(file: file, line: line, column: column))
    case .duplicateKeys(let duplicates):
      return Diagnostic(.error, "duplicate keys: \(duplicates.joined(separator: ", "))", at: SourceLocation(file: file, line: 1, column: 1))
    case .limit(let v):
      return Diagnostic(.error, v.message, at: SourceLocation(file: file, line: v.line, column: v.column))
    case .unreadable:
      return Diagnostic(.error, "YAML could not be parsed", at: SourceLocation(file: file, line: 1, column: 1))
    }
  }

  static func isSemanticVersion(_ s: String) -> Bool {
    let core = s.split(separator: "-", maxSplits: 1).first.map(String.init) ?? ""
    let parts = core.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
  }
}
