// Placeholder so that isc-sandbox-lib builds before its first real source lands; delete it then.
