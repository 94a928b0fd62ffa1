import Foundation
@testable import NoteSum

/// Small synthetic notes with known facets under the default rules.
enum IndexFixtures {
  /// Emergent: chest pain with radiation and diaphoresis, affirmed in the HPI.
  static let acs = """
    HPI: Crushing chest pain radiating to the left arm with diaphoresis since this morning.

    Assessment and Plan: Possible acute coronary syndrome. Send to the ED now.
    """
  /// No escalation: chest pain denied, a mild cough.
  static let cough = """
    HPI: Mild dry cough for two days. Denies chest pain or fever.

    Plan: Fluids and rest; return if worse.
    """
  /// Fever affirmed, in the HPI.
  static let fever = """
    HPI: Fever to 38.5 since yesterday with headache.

    Plan: Paracetamol, fluids, review tomorrow.
    """

  static func entry(_ id: String, _ text: String) throws -> IndexEntry {
    try IndexEntry(id: id, document: Document(text), engine: defaultEngine)
  }

  /// A fresh index file in a new temporary directory.
  static func freshIndex() throws -> (NoteIndex, URL) {
    let dir = try temporaryDirectory()
    let path = dir.appendingPathComponent("index.sqlite").path
    return (try NoteIndex(path: path), dir)
  }

  /// The index with the three fixtures added.
  static func populated() throws -> (NoteIndex, URL) {
    let (index, dir) = try freshIndex()
    try index.add([entry("acs", acs), entry("cough", cough), entry("fever", fever)])
    return (index, dir)
  }
}
