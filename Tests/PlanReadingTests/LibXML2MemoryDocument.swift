import CLibXML2
import Foundation

@testable import PlanReading

/// libxml2's own document of some bytes held in memory, parsed with the
/// reader's options (no network, no errors printed, CDATA as text, line
/// numbers past 65,535): what the reader's SAX and streamed parses are
/// compared with.
enum LibXML2MemoryDocument {
  /// The document, or `nil` where libxml2 refuses the bytes. The caller
  /// frees it with `xmlFreeDoc`.
  static func read(_ data: Data) -> xmlDocPtr? {
    LibXML2Parser.initialize()
    let flags: [xmlParserOption] = [
      XML_PARSE_NONET, XML_PARSE_NOERROR, XML_PARSE_NOWARNING, XML_PARSE_NOCDATA,
      XML_PARSE_BIG_LINES,
    ]
    let options = Int32(bitPattern: flags.reduce(0) { $0 | $1.rawValue })
    return data.withUnsafeBytes { raw -> xmlDocPtr? in
      let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
      return xmlReadMemory(base, Int32(raw.count), nil, nil, options)
    }
  }
}
