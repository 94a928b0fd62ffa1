import Foundation

/// Locates the default rule set that ships with notesum.
///
/// SwiftPM copies `Rules/default` into a `notesum_DefaultRules.resources` folder beside the built products.
/// `Bundle.module` would trap when that folder is missing (a binary copied elsewhere), so this looks for it
/// without trapping, then falls back to the source tree the package was built from.
public enum DefaultRules {
  /// The folder holding `ruleset.yaml` of the bundled default rule set, or nil when none can be found.
  public static var directory: URL? {
    let fm = FileManager.default
    var candidates: [URL] = []
    let bundleName = "notesum_DefaultRules.resources"
    if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      candidates.append(exe.deletingLastPathComponent().appendingPathComponent(bundleName))
    }
    candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
    for base in candidates {
      let dir = base.appendingPathComponent("default")
      if fm.fileExists(atPath: dir.appendingPathComponent("ruleset.yaml").path) { return dir }
    }
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("default")
    if fm.fileExists(atPath: source.appendingPathComponent("ruleset.yaml").path) { return source }
    return nil
  }
}
