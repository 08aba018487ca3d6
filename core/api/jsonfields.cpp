#include "jsonfields.h"

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include "apireply.h"

namespace swarmplay {

JsonFields::JsonFields(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    // Qt's own error text may be translated; the offset says where.
    if (parseError.error != QJsonParseError::NoError)
        fail({}, QStringLiteral("The body is not valid JSON (at byte %1).").arg(parseError.offset),
             QStringLiteral("invalid-json"));
    else if (!doc.isObject())
        fail({}, QStringLiteral("The body must be a JSON object."), QStringLiteral("invalid-json"));
    else
        m_object = doc.object();
}

JsonFields::JsonFields(const QJsonObject &object)
    : m_object(object)
{}

void JsonFields::fail(const QString &field, const QString &message, const QString &code)
{
    if (!ok())
        return;
    m_code = code;
    m_message = message;
    m_field = field;
}

ApiAnswer JsonFields::error() const
{
    return ApiReply::error(400, m_code, m_message, m_field);
}

bool JsonFields::allowOnly(const QStringList &known)
{
    for (auto it = m_object.constBegin(); ok() && it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(),
                 QStringLiteral("\"%1\" is not a field here; the fields are: %2.")
                     .arg(it.key(), known.join(QStringLiteral(", "))),
                 QStringLiteral("unknown-field"));
    }
    return ok();
}

std::optional<qint64> JsonFields::toInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > Exact)
        return std::nullopt;
    return qint64(d);
}

std::optional<bool> JsonFields::boolean(const QString &name)
{
    if (!ok() || !has(name))
        return std::nullopt;
    const QJsonValue v = m_object.value(name);
    if (!v.isBool()) {
        fail(name, QStringLiteral("\"%1\" must be true or false.").arg(name));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<qint64> JsonFields::integer(const QString &name, qint64 min, qint64 max)
{
    if (!ok() || !has(name))
        return std::nullopt;
    const std::optional<qint64> v = toInteger(m_object.value(name));
    if (!v || *v < min || *v > max) {
        fail(
            name,
            QStringLiteral("\"%1\" must be an integer from %2 to %3.").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

std::optional<QString> JsonFields::string(const QString &name)
{
    if (!ok() || !has(name))
        return std::nullopt;
    const QJsonValue v = m_object.value(name);
    if (!v.isString()) {
        fail(name, QStringLiteral("\"%1\" must be a string.").arg(name));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QStringList> JsonFields::strings(const QString &name)
{
    if (!ok() || !has(name))
        return std::nullopt;
    const QJsonValue v = m_object.value(name);
    QStringList result;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString())
            break;
        result << item.toString();
    }
    if (!v.isArray() || result.size() != v.toArray().size()) {
        fail(name, QStringLiteral("\"%1\" must be an array of strings.").arg(name));
        return std::nullopt;
    }
    return result;
}

std::optional<QVector<int>> JsonFields::indices(const QString &name)
{
    if (!ok() || !has(name))
        return std::nullopt;
    const QJsonValue v = m_object.value(name);
    QVector<int> result;
    QSet<int> seen;
    for (const QJsonValue item : v.toArray()) {
        const std::optional<qint64> i = toInteger(item);
        if (!i || *i < 0 || *i > std::numeric_limits<int>::max() || seen.contains(int(*i)))
            break;
        seen.insert(int(*i));
        result << int(*i);
    }
    if (!v.isArray() || result.size() != v.toArray().size()) {
        fail(name, QStringLiteral("\"%1\" must be an array of distinct file indices (integers "
                                  "from 0).")
                       .arg(name));
        return std::nullopt;
    }
    return result;
}

std::optional<QString> JsonFields::folder(const QString &name)
{
    const std::optional<QString> path = string(name);
    if (!path)
        return std::nullopt;
    const QString problem = folderProblem(name, *path);
    if (!problem.isEmpty()) {
        fail(name, problem);
        return std::nullopt;
    }
    return QDir::cleanPath(*path);
}

QString JsonFields::folderProblem(const QString &name, const QString &path)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return QStringLiteral("\"%1\" must be an absolute path.").arg(name);
    if (path.toUtf8().size() > MaxPathBytes)
        return QStringLiteral("\"%1\" is longer than %2 bytes.").arg(name).arg(MaxPathBytes);
    if (std::any_of(path.cbegin(), path.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; }))
        return QStringLiteral("\"%1\" must not contain control characters.").arg(name);
    // As written, and through the nearest folder that exists: a link into /proc counts too.
    const QString cleaned = QDir::cleanPath(path);
    QString rest;
    for (QFileInfo at(cleaned); !at.isRoot() && !at.exists(); at.setFile(at.path()))
        rest = QLatin1Char('/') + at.fileName() + rest;
    const QString existing = cleaned.left(cleaned.size() - rest.size());
    const QString canonical =
        QFileInfo(existing.isEmpty() ? QStringLiteral("/") : existing).canonicalFilePath();
    const QString resolved = canonical.isEmpty() ? cleaned : QDir::cleanPath(canonical + rest);
    for (const QString &system :
         {QStringLiteral("/proc"), QStringLiteral("/sys"), QStringLiteral("/dev")}) {
        for (const QString &p : {cleaned, resolved}) {
            if (p == system || p.startsWith(system + QLatin1Char('/')))
                return QStringLiteral("\"%1\" is inside %2, which holds no place for "
                                      "downloads.")
                    .arg(name, system);
        }
    }
    return {};
}

} // namespace swarmplay
