// The units figures are measured in, and how each one is shown to a reader.

export type Unit = 'req/s' | 'ms' | 's' | 'bytes' | 'requests' | 'statements' | 'connections' | 'yes/no';

const kibibyte = 1024;

/** A value as a person reads it: "1234 req/s", "12.3 ms", "148.2 KiB", "yes". */
export function formatValue(value: number, unit: Unit): string {
	switch (unit) {
		case 'req/s':
			return `${Math.round(value)} req/s`;
		case 'ms':
			return `${value.toFixed(1)} ms`;
		case 's':
			return `${value.toFixed(1)} s`;
		case 'bytes':
			return `${(value / kibibyte).toFixed(1)} KiB`;
		case 'requests':
		case 'statements':
		case 'connections':
			return `${value} ${unit}`;
		case 'yes/no':
			return value ? 'yes' : 'no';
	}
}

/** A value rounded to what its unit can honestly claim: whole bytes and requests, tenths of a millisecond. */
export function roundForUnit(value: number, unit: Unit): number {
	return unit === 'ms' || unit === 's' || unit === 'req/s' ? Math.round(value * 10) / 10 : Math.round(value);
}

export const kib = (count: number) => count * kibibyte;
