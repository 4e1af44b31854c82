/** A small seeded PRNG (mulberry32): the same seed gives the same sample, byte for byte. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国建华志强海燕文博晓东春梅德明立新永刚丽华国庆宏伟雪梅俊杰思远佳怡子涵浩然欣怡宇航梓萱';

export function personName(rng: Random): string {
  const given = rng.chance(0.6) ? GIVEN.slice(rng.int(0, GIVEN.length - 2)).slice(0, 2) : rng.pick([...GIVEN]);
  return rng.pick([...SURNAMES]) + given;
}

/** An ID-card-shaped number and a phone number, so the sample carries what real exports carry and the build must drop. */
export function fakeIdCard(rng: Random, birthYear: number): string {
  const area = String(rng.int(110000, 659000));
  const date = `${birthYear}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const body = `${area}${date}${String(rng.int(0, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

export function fakePhone(rng: Random): string {
  return `1${rng.pick(['38', '39', '58', '86', '87', '35'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
}
