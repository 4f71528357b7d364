// In which order a restore inserts tables so that foreign keys hold, and which keys it must defer.
// Pure: the catalog's tables and keys come in, names go out.

/** A foreign key from `table` to `references` (the same table for a self-reference). */
export type Reference = { table: string; references: string };

/**
 * The tables ordered so that each comes after the tables it references. Tables that reference each
 * other in a cycle (and self-references) cannot be ordered: they stay together, alphabetically, and
 * {@link keysToDefer} names the keys that then need deferring. Ties are broken by name, so the
 * same schema always gives the same order.
 */
export function insertionOrder(tables: readonly string[], references: readonly Reference[]): string[] {
	const known = new Set(tables);
	const referenced = new Map<string, Set<string>>(tables.map((table) => [table, new Set()]));
	for (const { table, references: target } of references) {
		if (known.has(table) && known.has(target)) referenced.get(table)!.add(target);
	}
	const components = stronglyConnected([...known].sort(), referenced);
	const componentOf = new Map<string, number>();
	components.forEach((members, index) => members.forEach((table) => componentOf.set(table, index)));

	// Kahn's algorithm over the components: a component is ready once every component it references is placed.
	const waitingOn = components.map(() => new Set<number>());
	const dependants = components.map(() => new Set<number>());
	for (const [table, targets] of referenced) {
		for (const target of targets) {
			const from = componentOf.get(table)!;
			const to = componentOf.get(target)!;
			if (from === to) continue;
			waitingOn[from].add(to);
			dependants[to].add(from);
		}
	}
	const firstName = (index: number) => components[index][0];
	const ready = components.map((_, index) => index).filter((index) => waitingOn[index].size === 0);
	const order: string[] = [];
	while (ready.length > 0) {
		ready.sort((a, b) => (firstName(a) < firstName(b) ? -1 : 1));
		const next = ready.shift()!;
		order.push(...components[next]);
		for (const dependant of dependants[next]) {
			waitingOn[dependant].delete(next);
			if (waitingOn[dependant].size === 0) ready.push(dependant);
		}
	}
	return order;
}

/**
 * The keys that inserting tables in `order` would break statement by statement: self-references,
 * and keys whose referenced table comes at or after the referencing one. Checking them at the end
 * of the restore (deferred) lets rows arrive in any order within those tables.
 */
export function keysToDefer<Key extends Reference>(order: readonly string[], keys: readonly Key[]): Key[] {
	const position = new Map(order.map((table, index) => [table, index]));
	return keys.filter((key) => {
		const table = position.get(key.table);
		const target = position.get(key.references);
		return table !== undefined && target !== undefined && target >= table;
	});
}

/** Tarjan's algorithm: the graph's strongly connected components, each sorted by name. */
function stronglyConnected(nodes: string[], edges: Map<string, Set<string>>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const lowLink = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];

	const visit = (node: string) => {
		index.set(node, counter);
		lowLink.set(node, counter);
		counter += 1;
		stack.push(node);
		onStack.add(node);
		for (const next of [...edges.get(node)!].sort()) {
			if (!index.has(next)) {
				visit(next);
				lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(next)!));
			} else if (onStack.has(next)) {
				lowLink.set(node, Math.min(lowLink.get(node)!, index.get(next)!));
			}
		}
		if (lowLink.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			components.push(component.sort());
		}
	};
	for (const node of nodes) if (!index.has(node)) visit(node);
	return components;
}
