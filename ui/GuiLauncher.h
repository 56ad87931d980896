// SPDX-License-Identifier: MIT
#pragma once

namespace iisref {

// Creates the QApplication and the main window; `iisref [--lang L] [QUERY]`.
int runGui(int argc, char *argv[]);

} // namespace iisref
