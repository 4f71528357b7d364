// Reference data every database needs, and demo data on the first start of an empty one.
export type DemoAccount = { role: string; email: string; password: string };

export async function prepareData(): Promise<DemoAccount[]> {
	return [];
}
