// SPDX-License-Identifier: MIT
#pragma once

#include "CodeKind.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <optional>

namespace iisref {

// One status of one kind: HTTP 403.14, FTP 550, FTP substatus 41, Win32 2148074254,
// HTTP.sys Timer_ConnectionIdle. Which values are valid is the kind's row in CodeKindTraits.
class CodeId final
{
public:
    static constexpr int NoSubstatus = -1;

    CodeId() = default;
    CodeId(CodeKind kind, qint64 value, int substatus = NoSubstatus);
    // An HTTP.sys reason phrase. Compared without regard to case, as HTTP.sys logs one spelling
    // and people type another.
    static CodeId reason(const QString &name);

    // Parses the canonical form of the kind only ("403.14", "2148074254", "QueueFull");
    // other spellings are the parser's business.
    static std::optional<CodeId> fromCanonical(CodeKind kind, QStringView code);

    CodeKind kind() const { return m_kind; }
    const CodeKindTraits &traits() const { return traitsOf(m_kind); }
    qint64 value() const { return m_value; }
    // The HTTP or FTP status; for other kinds the number, narrowed.
    int status() const { return int(m_value); }
    int substatus() const { return m_substatus; }
    bool hasSubstatus() const { return m_substatus != NoSubstatus; }
    const QString &reasonName() const { return m_name; }
    // The group it sits in under its kind in the tree: the class digit for HTTP and FTP.
    int group() const;
    bool isValid() const;

    // "403.14", "41", "2148074254", "Timer_ConnectionIdle"
    QString code() const;
    // "http:403.14", "win32:5": unique across kinds, used as an item key and in settings.
    QString key() const;
    static std::optional<CodeId> fromKey(QStringView key);
    // "HTTP 403.14", "Win32 5"
    QString displayName() const;
    // "0x8009030E": how an error page or FREB shows a win32 value; empty for other kinds.
    QString hex() const;
    CodeId withoutSubstatus() const { return {m_kind, m_value}; }

    friend bool operator==(const CodeId &a, const CodeId &b);
    friend bool operator!=(const CodeId &a, const CodeId &b) { return !(a == b); }
    // By kind in table order, then by value, then the bare status before its substatus codes.
    friend bool operator<(const CodeId &a, const CodeId &b);

private:
    CodeKind m_kind = CodeKind::Http;
    qint64 m_value = 0;
    int m_substatus = NoSubstatus;
    QString m_name;
};

size_t qHash(const CodeId &id, size_t seed = 0);

} // namespace iisref
