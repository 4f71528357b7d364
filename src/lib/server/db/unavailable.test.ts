import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
	it.each([
		['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
		['a reset connection', withCode('ECONNRESET')],
		['an administrator shutdown', withCode('57P01', 'terminating connection due to administrator command')],
		['a server starting up', withCode('57P03', 'the database system is starting up')],
		['a crash shutdown', withCode('57P02')],
		['too many connections', withCode('53300')],
		['a statement timeout', withCode('57014', 'canceling statement due to statement timeout')],
		['a lost connection', new Error('Connection terminated unexpectedly')],
		['a connection timeout', new Error('Connection terminated due to connection timeout')],
		['a pool timeout', new Error('timeout exceeded when trying to connect')],
		['a query timeout', new Error('Query read timeout')],
		['a refusal on every address', new AggregateError([withCode('ECONNREFUSED')], 'connect failed')],
		['a refusal wrapped by Drizzle', new Error('Failed query: select 1', { cause: withCode('ECONNREFUSED') })]
	])('is true for %s', (_, error) => {
		expect(isDatabaseUnavailable(error)).toBe(true);
	});

	it.each([
		['a unique violation', withCode('23505', 'duplicate key value')],
		['a syntax error', withCode('42601')],
		['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
		['nothing', undefined],
		['a string', 'ECONNREFUSED']
	])('is false for %s', (_, error) => {
		expect(isDatabaseUnavailable(error)).toBe(false);
	});
});
