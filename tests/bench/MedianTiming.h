// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>

// Median nanoseconds per call over several rounds, so one noisy round on a shared machine does
// not decide a ratio. Both sides of a ratio go through this in the same run.
inline double medianNanosecondsPerCall(const std::function<void()> &work, int calls, int rounds = 7)
{
    QList<double> perCall;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < calls; ++i)
            work();
        perCall.append(double(timer.nsecsElapsed()) / calls);
    }
    std::sort(perCall.begin(), perCall.end());
    return perCall[perCall.size() / 2];
}
