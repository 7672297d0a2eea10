/** The shape every language's catalog must have: the English catalog's keys, with any text. */
export type CatalogShape<T> = { [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]> };
