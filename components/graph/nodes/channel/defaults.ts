/**
 * The catalog input for a channel dropped from the palette: a one-partition Kafka topic named like the channel.
 *
 * @example
 * newChannel('orders').protocol; // 'kafka'
 */
export function newChannel(name: string) {
  return { name, protocol: 'kafka' as const, partitions: 1, description: '' };
}
