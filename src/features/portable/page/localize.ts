/**
 * Pagefind builds every result address from its `baseUrl`, which it forces to start with "/" (`fullUrl()` in
 * pagefind.js), so from disk a result would point at the root of the file system. The copy keeps Pagefind's
 * addresses root-absolute (`baseUrl: '/'`) and maps each one to the page's file in the copy's folder,
 * `/stack/queues/?highlight=kafka#retries` → `<folder>/stack/queues/index.html?highlight=kafka#retries`.
 */
interface Data {
	url: string;
	sub_results?: { url: string }[];
}
interface Result {
	data(): Promise<Data>;
}
interface Search {
	results: Result[];
}
interface Instance {
	options(options: object): Promise<void>;
	search(term: string, options?: object): Promise<Search | null>;
	debouncedSearch(term: string, options?: object, timeout?: number): Promise<Search | null>;
}
export interface PagefindModule {
	createInstance(options: object): Instance;
}

/** The file in the copy for one of the site's addresses; `root` is the folder relative to the page (`../../`). */
export function localUrl(address: string, root: string): string {
	if (/^[a-z][a-z0-9+.-]*:/i.test(address)) return address;
	const url = new URL(address, 'https://site.invalid/');
	const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
	return `${root}${path.slice(1)}${url.search}${url.hash}`;
}

function localizeSearch(search: Search | null, root: string): Search | null {
	if (!search) return search;
	const results = search.results.map((result) => ({
		...result,
		async data() {
			const data = await result.data();
			const sub_results = data.sub_results?.map((sub) => ({ ...sub, url: localUrl(sub.url, root) }));
			return { ...data, url: localUrl(data.url, root), ...(sub_results && { sub_results }) };
		},
	}));
	return { ...search, results };
}

/** Pagefind's module with every instance's results pointing into the copy. */
export function localizedPagefind(pagefind: PagefindModule, root: string): PagefindModule {
	return {
		...pagefind,
		createInstance(options) {
			const instance = pagefind.createInstance({ ...options, baseUrl: '/' });
			return {
				...instance,
				options: (more: object) => instance.options({ ...more, baseUrl: '/' }),
				search: async (term, more) => localizeSearch(await instance.search(term, more), root),
				debouncedSearch: async (term, more, timeout) =>
					localizeSearch(await instance.debouncedSearch(term, more, timeout), root),
			};
		},
	};
}
