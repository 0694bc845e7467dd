// Placeholder so that isc-models builds before its first real source lands; delete it then.
