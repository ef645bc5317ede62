/**
 * Blocks inference (as TypeScript 5.4's `NoInfer`, which older compilers of our users lack): a
 * type parameter is then inferred from the other arguments only, such as a helper's `flinkVersion`,
 * never from a configuration literal that it types.
 */
export type NotInferred<T> = NoInfer<T>;
