// Placeholder so that isc-models builds before its first real source lands; delete it then.
// Until then it includes every public header, so that they are known to compile.
#include "columnfilter.h"
#include "connectorinstancetablemodel.h"
#include "connectortablemodel.h"
#include "customizertablemodel.h"
#include "exportoptions.h"
#include "exportresult.h"
#include "keyedrows.h"
#include "modelroles.h"
#include "tableexporter.h"
#include "tablemodel.h"
#include "tablesortfilterproxymodel.h"
template class isc::KeyedRows<isc::Customizer>;
