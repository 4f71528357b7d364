// What pages show of records a form was refused for (likely duplicates).
export type PackageDuplicate = { id: string; title: string; link: string | null };
export type PersonDuplicate = {
	id: string;
	fullName: string;
	email: string | null;
	reason: 'email' | 'name';
};
