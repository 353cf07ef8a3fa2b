import Foundation
import PlanReading
import TestSupport
import Testing

@testable import Scoring

/// `Rubrics/rubric.schema.json` and the loader must accept the same keys, so
/// an editor's validation and `scorecard rubric validate` cannot drift apart.
@Suite struct RubricSchemaTests {}

extension RubricSchemaTests {
  /// The schema file, parsed.
  private static func schema() throws -> [String: Any] {
    let url = Fixtures.packageRoot.appendingPathComponent("Rubrics/rubric.schema.json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try #require(object as? [String: Any])
  }

  /// The schema's definitions by name, with the top level as `rubric`.
  private static func definitions() throws -> [String: [String: Any]] {
    let schema = try schema()
    var definitions = try #require(schema["$defs"] as? [String: [String: Any]])
    definitions["rubric"] = schema
    return definitions
  }

  /// The loader's shape for each object definition of the schema.
  private static var shapes: [String: ObjectShape] {
    var shapes: [String: ObjectShape] = [
      "rubric": .rubric, "scale": .scale, "scaleLevel": .scaleLevel, "rung": .ladderRung,
      "context": .context, "contextLists": .contextLists, "indicatorObject": .indicator,
      "group": .group, "groupExamples": .groupExamples, "criterion": .criterion,
      "criterionLevel": .criterionLevel, "criterionExamples": .criterionExamples,
      "levelExample": .levelExample, "ladderStep": .ladderStep, "aggregation": .aggregation,
      "text": .perLanguage, "indicatorLists": .perLanguage,
      "groupExamplesByLanguage": .perLanguage, "criterionExamplesByLanguage": .perLanguage,
    ]
    for (type, shape) in ObjectShape.rules { shapes["\(type)Rule"] = shape }
    shapes["criterionZeroGuard"] = ObjectShape.guards.first { $0.type == "criterion_zero" }?.shape
    shapes["zeroCountGuard"] = ObjectShape.guards.first { $0.type == "zero_count" }?.shape
    return shapes
  }

  /// The values of an `enum` definition.
  private static func enumValues(_ name: String) throws -> [String] {
    try #require(try definitions()[name]?["enum"] as? [String])
  }
}

extension RubricSchemaTests {
  /// The schema is JSON Schema draft 2020-12 and its top level is an object.
  @Test func schemaIsDraft202012() throws {
    let schema = try Self.schema()
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["type"] as? String == "object")
  }

  /// Every object in the schema lists the keys and required keys the loader accepts.
  @Test func objectKeysMatchTheLoader() throws {
    let definitions = try Self.definitions()
    let objects = definitions.filter { $0.value["type"] as? String == "object" }
    #expect(Set(objects.keys) == Set(Self.shapes.keys), "every schema object has a loader shape")
    for (name, definition) in objects.sorted(by: { $0.key < $1.key }) {
      guard let shape = Self.shapes[name] else { continue }
      let properties = definition["properties"] as? [String: Any] ?? [:]
      let required = definition["required"] as? [String] ?? []
      #expect(Set(properties.keys) == Set(shape.known), "keys of \(name)")
      #expect(Set(required) == Set(shape.required), "required keys of \(name)")
      #expect(definition["additionalProperties"] as? Bool == false, "\(name) allows other keys")
      #expect(definition["description"] is String, "\(name) has no description")
      for (key, property) in properties {
        let described = (property as? [String: Any])?["description"] is String
        #expect(described, "\(name).\(key) has no description")
      }
    }
  }

  /// The `type` of each rule and guard definition is the one the loader dispatches on.
  @Test func ruleAndGuardTypesMatchTheLoader() throws {
    let definitions = try Self.definitions()
    func constType(_ name: String) -> String? {
      let properties = definitions[name]?["properties"] as? [String: [String: Any]]
      return properties?["type"]?["const"] as? String
    }
    for (type, _) in ObjectShape.rules {
      #expect(constType("\(type)Rule") == type)
    }
    #expect(constType("criterionZeroGuard") == "criterion_zero")
    #expect(constType("zeroCountGuard") == "zero_count")
  }

  /// The allowed values in the schema are the cases of the model's enums.
  @Test func enumValuesMatchTheModel() throws {
    #expect(try Self.enumValues("condition") == Condition.allCases.map(\.rawValue))
    #expect(try Self.enumValues("scope") == Scope.allCases.map(\.rawValue))
    #expect(try Self.enumValues("polarity") == Polarity.allCases.map(\.rawValue))
    #expect(try Self.enumValues("documentKind") == DocumentKind.allCases.map(\.rawValue))
    #expect(try Self.enumValues("language") == PlanLanguage.allCases.map(\.rawValue))
    let criterion = try #require(try Self.definitions()["criterion"])
    let phase = (criterion["properties"] as? [String: [String: Any]])?["phase"]
    let options = phase?["anyOf"] as? [[String: Any]]
    #expect(options?.first?["enum"] as? [String] == Phase.allCases.map(\.rawValue))
  }
}

extension RubricSchemaTests {
  /// The schema bounds a criterion's weight as the validator does (issue 13:
  /// a weight of 1e308 passed both and then trapped in the grade).
  @Test func weightBoundsMatchTheValidator() throws {
    let criterion = try #require(try Self.definitions()["criterion"])
    let weight = try #require(
      (criterion["properties"] as? [String: [String: Any]])?["weight"])
    #expect(weight["exclusiveMinimum"] as? Double == 0)
    #expect(weight["maximum"] as? Double == Criterion.maximumWeight)
  }
}
