// SPDX-License-Identifier: MIT
#include "LogAnalyzer.h"

#include "BoundedFileReader.h"

#include "LogLineParser.h"
#include "LogTallyReader.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace iisref {

namespace {

constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF");
constexpr qint64 headBytes = 64 * 1024;

// Reads up to `length` bytes at `offset`; a short read means the file shrank or failed.
QByteArray readAt(QFile &file, qint64 offset, qint64 length)
{
    if (!file.seek(offset))
        return {};
    return file.read(length);
}

QByteArrayView firstNonBlankLine(QByteArrayView head)
{
    if (head.startsWith(utf8Bom))
        head = head.sliced(utf8Bom.size());
    while (!head.isEmpty()) {
        const qsizetype end = head.indexOf('\n');
        QByteArrayView line = end < 0 ? head : head.first(end);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            return line;
        if (end < 0)
            break;
        head = head.sliced(end + 1);
    }
    return {};
}

// The start of the line holding `offset`'s next line: a part begins right after a line break.
qint64 nextLineStart(QFile &file, qint64 offset, qint64 size)
{
    if (offset <= 0)
        return 0;
    qint64 at = offset - 1;
    while (at < size) {
        const QByteArray block = readAt(file, at, 64 * 1024);
        if (block.isEmpty())
            return size;
        const qsizetype newline = block.indexOf('\n');
        if (newline >= 0)
            return at + newline + 1;
        at += block.size();
    }
    return size;
}

// memrchr is a GNU extension; elsewhere (MSVC, macOS) a backward loop does the same.
const char *lastByte(const char *data, size_t size, char wanted)
{
#ifdef __GLIBC__
    return static_cast<const char *>(memrchr(data, wanted, size));
#else
    for (const char *at = data + size; at != data;) {
        if (*--at == wanted)
            return at;
    }
    return nullptr;
#endif
}

// The last "#Fields:" line that starts before `offset`, found by reading backwards: IIS writes
// one at the top of a file and again whenever its fields change. '#' is rare in records, so
// memrchr for it skips most of the text at memory speed.
QByteArray fieldsDirectiveBefore(QFile &file, qint64 offset)
{
    constexpr qint64 step = 1 << 20;
    constexpr QByteArrayView marker("#Fields:");
    qint64 end = offset;
    while (end > 0) {
        const qint64 begin = std::max<qint64>(0, end - step);
        // One byte before the block too, to see whether a '#' at its start begins a line.
        const qint64 from = std::max<qint64>(0, begin - 1);
        const QByteArray block = readAt(file, from, end - from + marker.size() - 1);
        if (block.size() < end - from)
            return {};
        const qsizetype head = begin - from;
        const qint64 bomEnd = from == 0 && block.startsWith(utf8Bom) ? utf8Bom.size() : 0;
        qsizetype at = end - from;
        while (at > head) {
            const char *found = lastByte(block.constData() + head, size_t(at - head), '#');
            if (!found)
                break;
            at = found - block.constData();
            const qint64 position = from + at;
            const bool startsLine = position == 0 || position == bomEnd || block[at - 1] == '\n';
            if (startsLine && QByteArrayView(block).sliced(at).startsWith(marker)) {
                const QByteArray line = readAt(file, position, LogAnalyzer::maxLineLength);
                const qsizetype newline = line.indexOf('\n');
                return newline < 0 ? line : line.first(newline);
            }
        }
        end = begin;
    }
    return {};
}

LogFileTotals unreadable(const QString &path, const QString &why)
{
    LogFileTotals totals;
    totals.path = path;
    totals.error = why;
    return totals;
}

QString lastLineNote()
{
    return u" (the last line, without a line break: probably cut off while being written)"_s;
}

} // namespace

// A byte range of one file, starting and ending at line boundaries, read by one thread.
struct LogAnalyzer::Part {
    qsizetype fileIndex = 0;
    QString path;
    LogFormat format = LogFormat::Unknown;
    qint64 begin = 0;
    qint64 end = 0;
    qint64 fileSize = 0;
    LogTally tally;       // skipped lines numbered from the part's first line
    LogFileTotals totals; // this part's share of the file's counts
    qint64 lines = 0;     // lines read, to number the lines of the parts after it
};

LogAnalyzer::LogAnalyzer(int threads)
    : m_threads(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()))
{
}

QStringList LogAnalyzer::expandInputs(const QStringList &inputs, QList<LogFileTotals> &problems)
{
    QStringList files;
    const auto problem = [&](const QString &path, const QString &why) {
        problems.append(unreadable(path, why));
    };
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.exists()) {
            problem(input, u"no such file or folder"_s);
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(input, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (QFileInfo(path).isFile())
                    found.append(path);
            }
            std::sort(found.begin(), found.end());
            files.append(found);
        } else if (!info.isFile()) {
            problem(input, u"not a regular file (a device, pipe or socket is never read)"_s);
        } else if (!info.isReadable()) {
            problem(input, u"permission denied"_s);
        } else {
            files.append(input);
        }
    }
    return files;
}

QList<LogAnalyzer::Part> LogAnalyzer::plan(const QStringList &files,
                                           QList<LogFileTotals> &problems) const
{
    QList<Part> parts;
    for (qsizetype index = 0; index < files.size(); ++index) {
        const QString &path = files[index];
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(unreadable(path, file.errorString()));
            continue;
        }
        const qint64 size = file.size();
        const QByteArray head = file.read(headBytes);
        if (LogTallyReader::looksLikeTally(head)) {
            readTally(path, problems);
            continue;
        }
        const LogFormat format = detectLogFormat(firstNonBlankLine(head));
        // Large files are split so every core reads; a part smaller than two blocks would
        // cost more to plan than it saves.
        const qint64 wanted = m_partsPerFile > 0        ? m_partsPerFile
                              : size >= 2 * m_blockSize ? m_threads
                                                        : 1;
        qint64 begin = 0;
        for (qint64 i = 1; i <= wanted; ++i) {
            const qint64 end = i == wanted ? size : nextLineStart(file, size * i / wanted, size);
            if (end <= begin && i != wanted)
                continue;
            Part part;
            part.fileIndex = index;
            part.path = path;
            part.format = format;
            part.begin = begin;
            part.end = std::max(begin, end);
            part.fileSize = size;
            parts.append(part);
            begin = part.end;
        }
    }
    return parts;
}

void LogAnalyzer::readTally(const QString &path, QList<LogFileTotals> &problems) const
{
    // The same bounded, regular-files-only read as a --catalog file gets.
    BoundedFileReader reader(LogTallyReader::maxBytes);
    if (!reader.read(path)) {
        problems.append(unreadable(path, reader.errorString()));
        return;
    }
    QString error;
    if (auto tally = LogTallyReader::fromJson(reader.data(), path, error))
        m_tallies.append(std::move(*tally));
    else
        problems.append(unreadable(path, error));
}

void LogAnalyzer::readPart(Part &part) const
{
    part.totals.path = part.path;
    part.totals.format = part.format;
    part.totals.bytes = part.end - part.begin;
    QFile file(part.path);
    if (!file.open(QIODevice::ReadOnly)) {
        part.totals.error = file.errorString();
        return;
    }
    LogLineParser parser(part.format);
    if (part.begin > 0 && (part.format == LogFormat::W3c || part.format == LogFormat::HttpErr))
        parser.applyDirective(fieldsDirectiveBefore(file, part.begin));

    const auto skip = [&](qint64 line, const QString &why) {
        part.tally.addSkipped(part.totals, line, why);
    };
    LogLineParser::Result tooLongLine;
    tooLongLine.skip = LogLineParser::SkipReason::TooLong;
    const QString tooLong = LogLineParser::describe(tooLongLine);
    // Blocks hold at least two of the longest lines read, so a line always fits in one.
    const qint64 blockSize = std::max(m_blockSize, 2 * maxLineLength + 2);
    qint64 offset = part.begin;
    bool skippingLongLine = false;
    QByteArray buffer;
    while (offset < part.end) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return;
        }
        const qint64 wanted = std::min(blockSize, part.end - offset);
        // One buffer for the whole part: a fresh one a block would be faulted in every time.
        if (buffer.size() < wanted)
            buffer.resize(wanted);
        const qint64 got = file.seek(offset) ? file.read(buffer.data(), wanted) : -1;
        const QByteArrayView block(buffer.constData(), std::max<qint64>(got, 0));
        if (got != wanted) {
            part.totals.error = u"the file shrank or could not be read at byte %1"_s.arg(offset);
            return;
        }
        QByteArrayView rest = block;
        if (offset == 0 && rest.startsWith(utf8Bom))
            rest = rest.sliced(utf8Bom.size());
        const bool lastBlock = offset + wanted >= part.end;
        while (!rest.isEmpty()) {
            const void *found = std::memchr(rest.data(), '\n', size_t(rest.size()));
            if (!found && !lastBlock) {
                if (skippingLongLine || rest.size() > maxLineLength) {
                    if (!skippingLongLine)
                        skip(part.lines + 1, tooLong);
                    skippingLongLine = true;
                    rest = {}; // read on to the end of the line, block after block
                }
                break; // otherwise the line is read again, whole, with the next block
            }
            const qsizetype length =
                found ? static_cast<const char *>(found) - rest.data() : rest.size();
            const QByteArrayView line = rest.first(length);
            rest = found ? rest.sliced(length + 1) : QByteArrayView();
            ++part.lines;
            if (skippingLongLine) {
                skippingLongLine = false;
                continue;
            }
            if (line.size() > maxLineLength) {
                skip(part.lines, tooLong);
                continue;
            }
            const LogLineParser::Result result = parser.parse(line);
            switch (result.outcome) {
            case LogLineParser::Outcome::Record:
                part.tally.add(result.record, part.totals, line, part.lines);
                break;
            case LogLineParser::Outcome::ChannelEvent:
                ++part.totals.channelEvents;
                break;
            case LogLineParser::Outcome::Skipped:
                skip(part.lines,
                     LogLineParser::describe(result) +
                         (!found && part.end == part.fileSize ? lastLineNote() : QString()));
                break;
            case LogLineParser::Outcome::Blank:
            case LogLineParser::Outcome::Directive:
                break;
            }
        }
        // A block that ended inside a line is read again from that line's start.
        const qint64 consumed = block.size() - rest.size();
        offset += consumed;
        if (m_progress) {
            const std::lock_guard lock(m_progressLock);
            m_done += consumed;
            m_progress(m_done, m_total);
        }
    }
}

LogTally LogAnalyzer::analyze(const QStringList &inputs) const
{
    m_cancelled = false;
    m_tallies.clear();
    QList<LogFileTotals> problems;
    const QStringList files = expandInputs(inputs, problems);
    QList<Part> parts = plan(files, problems);
    m_total = 0;
    m_done = 0;
    for (const Part &part : parts)
        m_total += part.end - part.begin;

    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype i = next++; i < parts.size(); i = next++)
            readPart(parts[i]);
    };
    std::vector<std::thread> threads;
    for (int i = 1; i < std::min<qsizetype>(m_threads, parts.size()); ++i)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();

    // In file order, each file's parts in order: the tally reads as if one thread had read it.
    LogTally tally;
    for (qsizetype first = 0; first < parts.size();) {
        LogFileTotals totals = parts[first].totals;
        totals.bytes = parts[first].fileSize;
        totals.requests = totals.skipped = totals.channelEvents = 0;
        qint64 linesBefore = 0;
        qsizetype i = first;
        for (; i < parts.size() && parts[i].fileIndex == parts[first].fileIndex; ++i) {
            const Part &part = parts[i];
            tally.merge(part.tally, linesBefore);
            totals.requests += part.totals.requests;
            totals.skipped += part.totals.skipped;
            totals.channelEvents += part.totals.channelEvents;
            if (totals.error.isEmpty())
                totals.error = part.totals.error;
            linesBefore += part.lines;
        }
        tally.addFile(totals);
        first = i;
    }
    // Tallies written by other runs (one per server of a farm) add up after the logs.
    for (const LogTally &other : std::as_const(m_tallies))
        tally.merge(other);
    m_tallies.clear();
    for (const LogFileTotals &problem : problems)
        tally.addFile(problem);
    return tally;
}

} // namespace iisref
