#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "../http/apihandler.h"

namespace swarmplay {

// Reads the fields of a JSON request body. The first field that is unknown, of the wrong type or
// out of range becomes the error (400, naming the field); after it every read returns nothing.
class JsonFields
{
public:
    // A body that is not a JSON object is the error "invalid-json".
    explicit JsonFields(const QByteArray &body);
    explicit JsonFields(const QJsonObject &object);

    const QJsonObject &object() const { return m_object; }
    bool has(const QString &name) const { return m_object.contains(name); }
    // Refuses the first field not in `known`.
    bool allowOnly(const QStringList &known);

    // Nothing when the field is absent or wrong (then ok() is false).
    std::optional<bool> boolean(const QString &name);
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max);
    std::optional<QString> string(const QString &name);
    std::optional<QStringList> strings(const QString &name);
    // An array of distinct non-negative integers.
    std::optional<QVector<int>> indices(const QString &name);
    // A folder to keep files in, cleaned (folderProblem() says what is refused).
    std::optional<QString> folder(const QString &name);

    // Why a path cannot be a folder for downloads, or empty: it must be absolute, at most
    // MaxPathBytes of UTF-8, without control characters, and not inside /proc, /sys or /dev
    // (symbolic links followed as far as the path exists).
    static QString folderProblem(const QString &name, const QString &path);
    static constexpr int MaxPathBytes = 4096;

    // Records an error about a field the caller found wrong.
    void fail(const QString &field, const QString &message,
              const QString &code = QStringLiteral("bad-field"));
    bool ok() const { return m_code.isEmpty(); }
    QString field() const { return m_field; }
    QString message() const { return m_message; }
    // The 400 answer for the error.
    ApiAnswer error() const;

    // An integer JSON number (no fraction, within the range doubles hold exactly).
    static std::optional<qint64> toInteger(const QJsonValue &value);

private:
    QJsonObject m_object;
    QString m_code;
    QString m_message;
    QString m_field;
};

} // namespace swarmplay
