import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { CheckboxField, SelectField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { LANGUAGES, SKINS } from '../../graphql/enums';
import type { Language, Skin } from '../../graphql/generated/graphql';
import { loadCatalog, translator } from '../../i18n/translate';
import { useT } from '../../i18n/I18nProvider';
import { useViewer } from '../../session/SessionContext';
import { UpdatePreferencesMutation } from './me.operations';

const FIELDS = ['skin', 'textOnly', 'language', 'resetSkin'] as const;

/** Skin, text-only variant and language, stored server-side and applied as soon as they are saved. */
export function PreferencesPage() {
  const t = useT();
  const { preferences, reseller } = useViewer();
  const { canChooseSkin, canChooseLanguage } = preferences;
  const [form, setForm] = useState({
    skin: preferences.skin,
    followDefault: !preferences.skinChosen,
    textOnly: preferences.textOnly,
    language: preferences.language,
  });
  // The answer is the viewer's Preferences singleton in the cache: the layout switches at once.
  const [update] = useMutation(UpdatePreferencesMutation);
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [notice, setNotice] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    // Only what the company lets users choose (LF-3); the API refuses the rest.
    const input = {
      ...(canChooseSkin ? { textOnly: form.textOnly } : {}),
      ...(canChooseLanguage ? { language: form.language } : {}),
      ...(canChooseSkin ? (form.followDefault ? { resetSkin: true } : { skin: form.skin }) : {}),
    };
    const ok = await run(async () => {
      // The chosen language's catalog first: the panel then switches as soon as the answer is in,
      // without the placeholder the language provider shows while a catalog loads (which would drop this page's notice).
      if (canChooseLanguage) await loadCatalog(form.language);
      const res = await update({ variables: { input } });
      const saved = res.data?.updatePreferences;
      if (saved) setForm((f) => ({ ...f, skin: saved.skin, followDefault: !saved.skinChosen }));
    });
    // Said in the language just chosen, which is the one now in effect.
    if (ok) setNotice(translator(form.language)('preferences.saved'));
  }

  return (
    <Page id="preferences" title={t('preferences.title')} intro={t('preferences.intro')}>
      <Notice message={notice} />
      <Card className="max-w-2xl">
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-6">
          <FormError message={errors.general} />
          <div className="space-y-3">
            {canChooseSkin ? null : (
              <p data-test-id="pref-skin-fixed" className="text-sm text-muted">
                {t('preferences.skinFixed')}
              </p>
            )}
            <SelectField
              name="skin"
              disabled={!canChooseSkin}
              testId="pref-skin"
              label={t('preferences.skin')}
              value={form.skin}
              // Choosing a skin means no longer following the company default.
              onChange={(e) => setForm((f) => ({ ...f, skin: e.target.value as Skin, followDefault: false }))}
              error={errors.fields.skin}
              hint={t(`skin.desc.${form.skin}`)}
            >
              {SKINS.map((s) => (
                <option key={s} value={s}>
                  {t(`skin.${s}`)}
                </option>
              ))}
            </SelectField>
            <CheckboxField
              testId="pref-default-skin"
              disabled={!canChooseSkin}
              label={t('preferences.followDefault', { skin: t(`skin.${reseller.defaultSkin}`) })}
              checked={form.followDefault}
              onChange={(e) => {
                const follow = e.target.checked;
                setForm((f) => ({ ...f, followDefault: follow, skin: follow ? reseller.defaultSkin : f.skin }));
              }}
            />
          </div>
          <CheckboxField
            testId="pref-text-only"
            disabled={!canChooseSkin}
            label={t('preferences.textOnly')}
            hint={t('preferences.textOnlyHint')}
            checked={form.textOnly}
            onChange={(e) => setForm((f) => ({ ...f, textOnly: e.target.checked }))}
          />
          <SelectField
            name="language"
            testId="pref-language"
            disabled={!canChooseLanguage}
            label={t('preferences.language')}
            value={form.language}
            onChange={(e) => setForm((f) => ({ ...f, language: e.target.value as Language }))}
            error={errors.fields.language}
            hint={
              canChooseLanguage ? undefined : (
                <span data-test-id="pref-language-fixed">{t('preferences.languageFixed')}</span>
              )
            }
            className="sm:max-w-xs"
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </SelectField>
          <button
            type="submit"
            data-test-id="pref-save"
            className="btn btn-primary"
            disabled={busy || (!canChooseSkin && !canChooseLanguage)}
          >
            {t('preferences.save')}
          </button>
        </form>
      </Card>
    </Page>
  );
}
