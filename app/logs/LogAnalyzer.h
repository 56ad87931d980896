// SPDX-License-Identifier: MIT
#pragma once

#include "LogTally.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <mutex>

namespace iisref {

// Reads log files, several files or folders (recursively) into one LogTally; JSON tallies
// from `iisref log --json` among the inputs are merged in, so a farm's servers add up. Each file is
// read in bounded blocks, never whole, and large files are split at line boundaries across
// the cores; a part of a W3C file is read with the #Fields line in force where it starts, so
// the tally is the same however the file is split.
class LogAnalyzer final
{
public:
    // Called from the reading threads (one at a time) with bytes read so far and in all.
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    static constexpr qint64 maxLineLength = 1 << 20; // IIS writes at most 64 KiB a line

    explicit LogAnalyzer(int threads = 0); // 0: one per core
    void setProgress(ProgressFunction progress) { m_progress = std::move(progress); }
    // Checked between blocks: a set flag stops the reading within a block's time.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // How much a reading thread takes at a time, and the size above which a file is split.
    void setBlockSize(qint64 bytes) { m_blockSize = bytes; }
    // Split every file into this many parts (0: one per core for large files), for tests
    // that prove the tally does not depend on where a file is split.
    void setPartsPerFile(int parts) { m_partsPerFile = parts; }

    LogTally analyze(const QStringList &inputs) const;
    bool wasCancelled() const { return m_cancelled.load(); }

    // The files `inputs` name: regular files as given, folders' regular files recursively,
    // in path order. What cannot be read is returned in `problems` with the reason.
    static QStringList expandInputs(const QStringList &inputs, QList<LogFileTotals> &problems);

private:
    struct Part;
    void readPart(Part &part) const;
    void readTally(const QString &path, QList<LogFileTotals> &problems) const;
    QList<Part> plan(const QStringList &files, QList<LogFileTotals> &problems) const;

    int m_threads;
    qint64 m_blockSize = 8 << 20;
    int m_partsPerFile = 0;
    ProgressFunction m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    mutable std::atomic_bool m_cancelled = false;
    mutable std::mutex m_progressLock;
    mutable qint64 m_done = 0;
    mutable qint64 m_total = 0;
    mutable QList<LogTally> m_tallies; // read from JSON inputs, merged after the logs
};

} // namespace iisref
