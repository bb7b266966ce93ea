#pragma once

// Moved to core/io/csvwriter.h (issue 12). Kept while app/gui/mainwindow.cpp, which issue 12's
// window work is rewriting, still includes this path; delete once nothing does.
#include "core/io/csvwriter.h"
