/**
 * The words of the Embed and Export dialogs, in Ukrainian (see en.ts beside this file, and
 * ../uk.ts for the register and typography).
 */
import type { LanguageTools } from '../../grammar';
import { EVENTS } from '../uk';
import type { DialogMessages } from './en';

export function ukDialogs({ count }: LanguageTools): DialogMessages {
	return {
		// ---- The Embed dialog ----
		embedHeading: 'Вбудувати цю хронологію',
		embedStartWith: 'Почати з',
		embedCurrentView: { lead: 'поточного вигляду: з', between: 'до' },
		embedEventOpen: (title) => `відкритої події «${title}»`,
		embedEveryEventHint: 'Усі події на екрані. Щоб віджет відкривався в потрібному місці, спершу наблизьте вигляд або відкрийте подію.',
		embedLook: 'Вигляд',
		themeAuto: 'Авто (як у налаштуваннях читача)',
		eventDetailsLabel: 'Подробиці події',
		detailsPanel: 'Панель поруч із графіком',
		detailsOverlay: 'Поверх графіка',
		detailsNone: 'Не показувати',
		oneLanePerCategory: 'Окрема доріжка для кожної категорії',
		showTitle: 'Показувати заголовок',
		accentColour: 'Акцентний колір',
		sizeInPixels: 'Розмір у пікселях',
		width: 'Ширина',
		height: 'Висота',
		fullWidthPlaceholder: 'на всю ширину',
		messagesToPage: 'Повідомлення для вашої сторінки',
		allowedOrigin: 'Дозволений сайт (origin)',
		originHint: 'Єдиний сайт, який може обмінюватися повідомленнями з хронологією (resize, select, view). Порожньо — жоден.',
		originAnyHint: '— будь-який сайт.',
		originInvalid: 'Це не origin: вкажіть лише схему й хост, наприклад https://news.example (або *).',
		hostScript: 'Додати скрипт, що підганяє висоту фрейму під хронологію (citeline-host.js)',
		previewHeading: 'Попередній перегляд',
		previewTitle: (title) => `Попередній перегляд: ${title}`,
		htmlToPaste: 'HTML для вставлення',
		copy: 'Копіювати',
		copied: 'Скопійовано',
		copyFailed: 'Не вдалося скопіювати: фрагмент виділено, натисніть Ctrl+C (⌘C на Mac).',
		embedDocs: { before: 'Усі параметри та API повідомлень:', after: 'у репозиторії Citeline.' },
		embedLanguageReader: 'Мова браузера читача',
		embedModeLegend: 'Режим',
		embedModeExplore: 'Дослідження: хронологія з масштабуванням',
		embedModeStory: 'Історія: по одній події',
		embedSearchAndFilters: 'Поточний пошук і фільтри',

		// ---- The Export dialog ----
		exportHeading: 'Експортувати цю хронологію',
		exportEventsLegend: 'Події',
		exportWhole: (n) => `Уся хронологія (${count(n, EVENTS)})`,
		exportInView: (window, n) => `Події поточного вигляду, ${window} (${count(n, EVENTS)})`,
		exportInViewAbout: (window, n) => `Події поточного вигляду, ${window} (до ${n.toLocaleString('uk')})`,
		exportDataHeading: 'Дані',
		exportPictureHeading: 'Зображення поточного вигляду',
		exportFormatLabels: {
			json: 'JSON для Citeline (.json)',
			timelinejs: 'JSON для TimelineJS 3 (.json)',
			csv: 'Таблиця (.csv)',
			ics: 'Календар (.ics)',
			svg: 'Зображення (.svg)',
			png: 'Зображення (.png)'
		},
		exportWriting: 'Записуємо…',
		exportSaved: (name) => `Збережено: ${name}`,
		exportFailed: (reason) => `Не вдалося експортувати: ${reason}`,
		exportHint: 'В іншому інструменті цитати збережуть текст, але не позначку про звірку з архівним джерелом. Формати та їхні правила:',
		pictureNoSources: 'Події на екрані не посилаються на жодне джерело.',
		pictureNoEvents: 'У цьому вигляді немає подій.',
	};
}
