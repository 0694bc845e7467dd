// Placeholder so that isc-ui builds before its first real source lands; delete it then.
