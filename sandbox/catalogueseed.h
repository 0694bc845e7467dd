#pragma once

#include "connectorcatalogue.h"

namespace isc::sandbox {

// The catalogue the sandbox serves: real SailPoint connector names and types, plausible
// script and class names, features and metadata (shortDesc in en, de, fr, es and ja), plus
// some DEPRECATED and DEVELOPMENT connectors that the API never lists.
//
// connectorCount < 0: the seed as is. Otherwise exactly that many RELEASED connectors: the
// first of the seed, then deterministic variants of it ("Workday 000186", ...).
QList<CatalogueEntry> seedCatalogue(int connectorCount = -1);

// How many RELEASED connectors the seed holds.
int seedReleasedCount();

} // namespace isc::sandbox
