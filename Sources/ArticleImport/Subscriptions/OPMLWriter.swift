import ArchiveStore
import Foundation

/// Writes subscriptions as OPML 2.0: one outline per feed (`type="rss"`, `text`, `title`,
/// `xmlUrl`), inside a folder outline named by its first tag, with every tag in `category`,
/// as newsboat, newsraft and other readers import them. Dateline's full-text setting is an
/// attribute of its own namespace, which other readers ignore.
public enum OPMLWriter {
    public static func document(_ subscriptions: [Subscription], now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0" xmlns:dateline="\(OPMLReader.namespace)">
              <head>
                <title>Dateline subscriptions</title>
                <dateCreated>\(formatter.string(from: now))</dateCreated>
              </head>
              <body>

            """
        var folders: [String] = []
        var byFolder: [String: [Subscription]] = [:]
        for subscription in subscriptions {
            let folder = subscription.tags.first ?? ""
            if byFolder[folder] == nil { folders.append(folder) }
            byFolder[folder, default: []].append(subscription)
        }
        for folder in folders {
            let indent = folder.isEmpty ? "    " : "      "
            if !folder.isEmpty { xml += "    <outline text=\"\(escaped(folder))\">\n" }
            for subscription in byFolder[folder] ?? [] { xml += indent + outline(subscription) + "\n" }
            if !folder.isEmpty { xml += "    </outline>\n" }
        }
        return xml + "  </body>\n</opml>\n"
    }

    static func outline(_ subscription: Subscription) -> String {
        let name = escaped(subscription.displayName)
        var attributes = "type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escaped(subscription.url))\""
        if !subscription.tags.isEmpty {
            attributes += " category=\"\(escaped(subscription.tags.joined(separator: ",")))\""
        }
        if subscription.fullText { attributes += " dateline:fullText=\"true\"" }
        return "<outline \(attributes)/>"
    }

    /// `text` escaped for an XML attribute value.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
