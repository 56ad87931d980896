// SPDX-License-Identifier: MIT
#include "LogAnalysisTask.h"

#include "LogAnalyzer.h"

#include <QMetaObject>
#include <QPointer>

namespace iisref {

LogAnalysisTask::LogAnalysisTask(QObject *parent) : QObject(parent) {}

LogAnalysisTask::~LogAnalysisTask()
{
    stop();
}

void LogAnalysisTask::stop()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

void LogAnalysisTask::start(const QStringList &inputs)
{
    stop();
    m_cancel = false;
    m_running = true;
    QPointer<LogAnalysisTask> self(this);
    m_thread = std::thread([this, self, inputs] {
        LogAnalyzer analyzer;
        analyzer.setCancelFlag(&m_cancel);
        // Progress is posted to the task's thread at most a few hundred times a read: once a
        // block per reading thread.
        analyzer.setProgress([this, self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [self, done, total] {
                    if (self)
                        emit self->progressed(done, total);
                },
                Qt::QueuedConnection);
        });
        LogTally tally = analyzer.analyze(inputs);
        const bool cancelled = analyzer.wasCancelled();
        QMetaObject::invokeMethod(
            this,
            [self, tally = std::move(tally), cancelled] {
                if (!self)
                    return;
                if (self->m_thread.joinable())
                    self->m_thread.join();
                self->m_running = false;
                emit self->finished(tally, cancelled);
            },
            Qt::QueuedConnection);
    });
}

void LogAnalysisTask::cancel()
{
    m_cancel = true;
}

} // namespace iisref
