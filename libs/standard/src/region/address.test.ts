import { describe, expect, it } from 'vitest';
import { resolveAddressRegion } from './address';

describe('resolveAddressRegion', () => {
  it.each([
    ['湖南省常德市武陵区人民路123号', '430702', ['湖南省', '常德市', '武陵区']],
    ['湖南常德汉寿县龙阳镇', '430722', ['湖南', '常德', '汉寿县']],
    ['常德市津市市嘉山街道', '430781', ['常德市', '津市市']],
    ['北京市朝阳区建国路88号', '110105', ['北京市', '朝阳区']],
    ['吉林省长春市朝阳区', '220104', ['吉林省', '长春市', '朝阳区']],
    ['吉林省吉林市船营区', '220204', ['吉林省', '吉林市', '船营区']],
    ['新疆乌鲁木齐市天山区', '650102', ['新疆', '乌鲁木齐市', '天山区']],
    ['恩施州利川市', '422802', ['恩施州', '利川市']],
    ['上海市静安区常德路500号', '310106', ['上海市', '静安区']],
    ['广东省深圳市', '440300', ['广东省', '深圳市']],
    ['湖南省', '430000', ['湖南省']],
  ])('%s → %s', (address, code, matched) => {
    expect(resolveAddressRegion(address)).toMatchObject({ ok: true, value: code, matched });
  });

  it('fails when nothing or several equally good regions match', () => {
    expect(resolveAddressRegion('人民路123号')).toMatchObject({ code: 'region.unknown' });
    expect(resolveAddressRegion('中山路100号')).toMatchObject({ code: 'region.unknown' });
    expect(resolveAddressRegion('朝阳区建国路')).toMatchObject({ code: 'region.ambiguous' });
    expect(resolveAddressRegion('')).toMatchObject({ code: 'input.empty' });
  });
});
