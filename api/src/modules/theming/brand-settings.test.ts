import { describe, expect, it } from 'vitest';
import { validate } from '../../errors';
import { brandSettingsSchema, DEFAULT_SETTINGS } from './brand-settings';
import { contrastRatio } from './contrast';
import { GALLERY } from './gallery';

const fieldsOf = (input: unknown) => {
  try {
    validate(brandSettingsSchema, input);
    return [];
  } catch (err) {
    return (err as { extensions: { fields: Array<{ field: string; message: string }> } }).extensions.fields;
  }
};

describe('brand settings', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(contrastRatio('#777777', '#ffffff'), 10);
  });

  it('every built-in theme and the default pass the checks', () => {
    expect(fieldsOf(DEFAULT_SETTINGS)).toEqual([]);
    for (const theme of GALLERY) expect([theme.name, fieldsOf(theme.settings)]).toEqual([theme.name, []]);
  });

  it('refuses low contrast naming the colour and the text it carries', () => {
    const fields = fieldsOf({
      ...DEFAULT_SETTINGS,
      palette: { ...DEFAULT_SETTINGS.palette, primary: '#7aa2ff', warning: '#3b3b3b' },
    });
    expect(fields).toEqual([
      {
        field: 'palette.primary',
        message: expect.stringMatching(/^#7aa2ff with white text has a contrast of 2\.\d\d:1; WCAG AA needs 4\.5:1$/),
      },
      { field: 'palette.warning', message: expect.stringMatching(/^#3b3b3b with dark text \(#172033\)/) },
    ]);
  });

  it('names bad colours, keys and duplicate texts', () => {
    const fields = fieldsOf({
      ...DEFAULT_SETTINGS,
      palette: { ...DEFAULT_SETTINGS.palette, accent: 'red' },
      texts: [
        { language: 'EN', key: 'login.title', text: 'Welcome' },
        { language: 'EN', key: 'login.title', text: 'Again' },
        { language: 'DE', key: '<b>', text: 'x' },
      ],
    }).map((f) => f.field);
    expect(fields).toEqual(['palette.accent', 'texts.2.key', 'texts.1.key']);
  });
});
