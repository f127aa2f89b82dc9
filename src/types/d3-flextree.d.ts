/** The part of d3-flextree (2.1, no types of its own) that src/core/pohon/layout.ts uses. */
declare module "d3-flextree" {
  export interface FlexNode<T> {
    data: T;
    depth: number;
    /** Centre of the node's box. */
    x: number;
    /** Top of the node's box. */
    y: number;
    xSize: number;
    ySize: number;
    children?: FlexNode<T>[];
    each(fn: (n: FlexNode<T>) => void): void;
    descendants(): FlexNode<T>[];
  }
  export interface FlexLayout<T> {
    (root: FlexNode<T>): FlexNode<T>;
    hierarchy(data: T, children?: (d: T) => T[] | undefined): FlexNode<T>;
  }
  export function flextree<T>(options: {
    nodeSize: (n: FlexNode<T>) => [number, number];
    spacing?: number | ((a: FlexNode<T>, b: FlexNode<T>) => number);
  }): FlexLayout<T>;
}
