#pragma once

#include <QString>

namespace isc {

// The longest customizer name the dialogs accept (the API allows more; long names are
// unreadable in every list that shows them).
constexpr int maxCustomizerNameLength = 128;

// Why `name` cannot be a customizer name (translated), or empty when it can. The name is
// judged trimmed, as the dialogs send it: not empty, at most maxCustomizerNameLength
// characters, no control characters (line breaks, tabs, ...).
QString customizerNameProblem(const QString &name);

} // namespace isc
