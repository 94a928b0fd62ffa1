import Foundation
import ICUText

/// A loaded, validated and compiled rule set. Compiled once, immutable, and safe to share across threads.
public final class RuleSet: Sendable {
  /// The manifest's name.
  public let name: String
  /// The manifest's semantic version.
  public let version: String
  /// The manifest's description.
  public let summaryDescription: String
  /// The default audience.
  public let defaultAudience: Audience
  /// SHA-256 over the manifest and every included file, in manifest order.
  public let sha256: String
  /// Warnings found while loading (errors make loading fail).
  public let warnings: [Diagnostic]

  public let abbreviations: [AbbreviationRule]
  public let sections: [SectionRule]
  public let concepts: [ConceptRule]
  public let cues: [CueRule]
  public let measurements: [MeasurementRule]
  public let escalation: [EscalationRule]
  public let banned: [BannedRule]
  public let disclaimers: [DisclaimerRule]
  public let summary: SummarySettings

  // Compiled forms.
  let vocabulary: Vocabulary
  let segmentation: SegmentationConfig
  let conceptTrie: PhraseTrie
  let conceptRegexes: [(concept: Int, regex: CompiledRegex, anchors: [Int32]?, startsAtAnchor: Bool)]
  let cueTrie: PhraseTrie
  let measurementTrie: PhraseTrie
  let bannedTrie: PhraseTrie
  let bannedRegexes: [Int: CompiledRegex]
  /// For banned regexes whose every match contains one of these tokens: the tokens (see `RegexAnchor`).
  let bannedAnchors: [Int: [Int32]]
  /// Banned regexes whose every match starts at one of their anchor tokens (tried only there).
  let bannedStartsAtAnchor: Set<Int>
  /// Every anchor id of the concept regexes, and of the banned regexes.
  let conceptAnchorIDs: [Int32]
  let bannedAnchorIDs: [Int32]
  let resolvedConditions: [ResolvedCondition]
  let sectionIndex: [String: Int]
  let conceptIndex: [String: Int]

  /// Every rule, for walking examples.
  public let allRules: [any Rule]

  /// Loads and compiles the rule set in `directory`. `displayPath` is how files are named in diagnostics
  /// (defaults to the directory path as given). Throws `RuleSetError` with every problem found.
  public convenience init(directory: String, displayPath: String? = nil) throws(RuleSetError) {
    let url = URL(fileURLWithPath: directory)
    var display = displayPath ?? directory
    while display.hasSuffix("/") && display.count > 1 { display.removeLast() }
    let loaded = RuleSetLoader.load(directory: url, displayPath: display)
    try self.init(loaded: loaded)
  }

  /// The default rule set bundled with notesum.
  public static func bundledDefault() throws(RuleSetError) -> RuleSet {
    guard let dir = RuleSetLocator.bundledDirectory else {
      throw RuleSetError(diagnostics: [Diagnostic(.error, RuleSetLocator.missingMessage)])
    }
    return try RuleSet(directory: dir.path, displayPath: "default")
  }

  init(loaded: RuleSetLoader.Loaded) throws(RuleSetError) {
    var diagnostics = loaded.diagnostics
    let compiler = RuleCompiler(loaded)
    let compiled = compiler.compile(&diagnostics)
    let errors = diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let compiled else {
      throw RuleSetError(diagnostics: diagnostics.sorted { ($0.location ?? .init(file: "", line: 0, column: 0)) < ($1.location ?? .init(file: "", line: 0, column: 0)) })
    }
    name = loaded.manifest.name
    version = loaded.manifest.version
    summaryDescription = loaded.manifest.description
    defaultAudience = loaded.manifest.audience
    sha256 = loaded.fingerprint
    warnings = diagnostics
    abbreviations = loaded.abbreviations
    sections = loaded.sections
    concepts = loaded.concepts
    cues = loaded.cues
    measurements = loaded.measurements
    escalation = loaded.escalation
    banned = loaded.banned
    disclaimers = loaded.disclaimers
    summary = loaded.summary
    allRules = loaded.allRules
    vocabulary = compiled.vocabulary
    segmentation = compiled.segmentation
    conceptTrie = compiled.conceptTrie
    conceptRegexes = compiled.conceptRegexes
    cueTrie = compiled.cueTrie
    measurementTrie = compiled.measurementTrie
    bannedTrie = compiled.bannedTrie
    bannedRegexes = compiled.bannedRegexes
    bannedAnchors = compiled.bannedAnchors
    bannedStartsAtAnchor = compiled.bannedStartsAtAnchor
    conceptAnchorIDs = Array(Set(compiled.conceptRegexes.flatMap { $0.anchors ?? [] })).sorted()
    bannedAnchorIDs = Array(Set(compiled.bannedAnchors.values.flatMap { $0 })).sorted()
    resolvedConditions = compiled.conditions
    sectionIndex = compiled.sectionIndex
    conceptIndex = compiled.conceptIndex
  }

  /// The section id of a section index, or `unknown`.
  func sectionID(_ index: Int) -> String { index >= 0 && index < sections.count ? sections[index].id : "unknown" }
}

/// An escalation condition with its references resolved to rule indices.
indirect enum ResolvedCondition: Sendable {
  case concept(Int, AssertionRequirement)
  case measurement(Int, component: Int, ComparisonOperator, Double)
  case group(all: [ResolvedCondition], any: [ResolvedCondition], none: [ResolvedCondition])
}

/// Finds the bundled default rules, honouring `NOTESUM_RULES`.
public enum RuleSetLocator {
  /// The bundled default rule folder, if it can be found.
  public static var bundledDirectory: URL? { DefaultRulesDirectory.find() }

  /// The message shown when no rule set can be found.
  public static let missingMessage =
    "no rule set found: the bundled default rules are missing next to the notesum binary; pass --rules DIR or set NOTESUM_RULES=DIR"
}
