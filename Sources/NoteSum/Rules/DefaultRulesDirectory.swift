import DefaultRules
import Foundation

enum DefaultRulesDirectory {
  static func find() -> URL? { DefaultRules.directory }
}
