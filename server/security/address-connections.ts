// Live connections held open per client address: this node's own and, on several nodes, the
// others' as they report them (docs/scaling.md), so MAX_CONNECTIONS_PER_ADDRESS holds for the
// whole platform, not once per node.

export type AddressConnections = {
  /** Connections from the address (an addressKey) on every node known. */
  count(key: string): number;
  opened(key: string): void;
  closed(key: string): void;
  /** This node's own counts, each address with at least one connection. */
  own(): Iterable<[string, number]>;
  /** Another node's count for an address, as it reported it (0: none left). */
  setOther(node: string, key: string, count: number): void;
  /** Drops what a node reported (it went silent, or a message from it was missed). */
  forgetNode(node: string): void;
  /** Told of each change of this node's own count (the cluster sends it on); null on one node. */
  onChange: ((key: string, count: number) => void) | null;
};

export function createAddressConnections(): AddressConnections {
  const own = new Map<string, number>();
  const byNode = new Map<string, Map<string, number>>();
  /** The other nodes' counts summed per address, so that a check costs one lookup. */
  const others = new Map<string, number>();

  const addOthers = (key: string, change: number) => {
    const total = (others.get(key) ?? 0) + change;
    if (total > 0) others.set(key, total);
    else others.delete(key);
  };
  const setOwn = (connections: AddressConnections, key: string, count: number) => {
    if (count > 0) own.set(key, count);
    else own.delete(key);
    connections.onChange?.(key, count);
  };

  const connections: AddressConnections = {
    count: (key) => (own.get(key) ?? 0) + (others.get(key) ?? 0),
    opened: (key) => setOwn(connections, key, (own.get(key) ?? 0) + 1),
    closed: (key) => setOwn(connections, key, Math.max(0, (own.get(key) ?? 0) - 1)),
    own: () => own.entries(),
    setOther(node, key, count) {
      const table = byNode.get(node) ?? new Map<string, number>();
      byNode.set(node, table);
      addOthers(key, count - (table.get(key) ?? 0));
      if (count > 0) table.set(key, count);
      else table.delete(key);
    },
    forgetNode(node) {
      for (const [key, count] of byNode.get(node) ?? []) addOthers(key, -count);
      byNode.delete(node);
    },
    onChange: null,
  };
  return connections;
}
