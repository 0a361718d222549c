import { describe, expect, it } from 'vitest';
import { parseClusterUrl } from './connection';
import { hashTaggedPrefix } from './prefix';

describe('hashTaggedPrefix', () => {
  it('wraps a plain prefix in a hash tag, once', () => {
    expect(hashTaggedPrefix('zhijian')).toBe('{zhijian}');
    expect(hashTaggedPrefix(hashTaggedPrefix('zhijian'))).toBe('{zhijian}');
    expect(hashTaggedPrefix('eu:{zhijian}')).toBe('eu:{zhijian}');
  });
});

describe('parseClusterUrl', () => {
  it('reads the seed nodes and credentials of a redis+cluster URL', () => {
    expect(parseClusterUrl('redis+cluster://:s%40cret@10.0.0.1:7000?nodes=10.0.0.2:7001,10.0.0.3')).toEqual({
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
        { host: '10.0.0.3', port: 6379 },
      ],
      username: undefined,
      password: 's@cret',
      tls: false,
    });
    expect(parseClusterUrl('rediss+cluster://redis.internal:6380')?.tls).toBe(true);
  });

  it('leaves a single-node URL alone', () => {
    expect(parseClusterUrl('redis://127.0.0.1:6379')).toBeNull();
  });
});
