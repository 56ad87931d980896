// SPDX-License-Identifier: MIT
#pragma once

#include "LogTally.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

namespace iisref {

// Runs a LogAnalyzer off the caller's thread and reports back on it: progress as it reads,
// then the tally. The window stays responsive however big the logs are; cancel() stops the
// reading within a block's time, and the partial tally still arrives, marked cancelled.
class LogAnalysisTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogAnalysisTask)

public:
    explicit LogAnalysisTask(QObject *parent = nullptr);
    ~LogAnalysisTask() override; // cancels and waits: the reader never outlives the task

    void start(const QStringList &inputs);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressed(qint64 done, qint64 total);
    void finished(const iisref::LogTally &tally, bool cancelled);

private:
    void stop();

    std::thread m_thread;
    std::atomic_bool m_cancel = false;
    bool m_running = false;
};

} // namespace iisref
