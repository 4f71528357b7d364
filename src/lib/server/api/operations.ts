// Every operation of the API, in the order the reference page presents them.
import { countryOperations } from './countries.js';
import type { Operation } from './operation.js';
import { organisationOperations } from './organisations.js';
import { personOperations } from './people.js';

export const apiOperations: readonly Operation[] = [
	...Object.values(countryOperations),
	...Object.values(organisationOperations),
	...Object.values(personOperations)
];
