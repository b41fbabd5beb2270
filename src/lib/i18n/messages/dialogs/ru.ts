/**
 * The words of the Embed and Export dialogs, in Russian (see en.ts beside this file, and
 * ../ru.ts for the register and typography).
 */
import type { LanguageTools } from '../../grammar';
import { EVENTS } from '../ru';
import type { DialogMessages } from './en';

export function ruDialogs({ count }: LanguageTools): DialogMessages {
	return {
		// ---- The Embed dialog ----
		embedHeading: 'Встроить эту хронологию',
		embedStartWith: 'Начать с',
		embedCurrentView: { lead: 'текущего вида: с', between: 'по' },
		embedEventOpen: (title) => `открытого события «${title}»`,
		embedEveryEventHint: 'Все события на экране. Чтобы виджет открывался в нужном месте, сначала приблизьте вид или откройте событие.',
		embedLook: 'Оформление',
		themeAuto: 'Авто (как в настройках читателя)',
		eventDetailsLabel: 'Подробности события',
		detailsPanel: 'Панель рядом с графиком',
		detailsOverlay: 'Поверх графика',
		detailsNone: 'Не показывать',
		oneLanePerCategory: 'Отдельная дорожка для каждой категории',
		showTitle: 'Показывать заголовок',
		accentColour: 'Акцентный цвет',
		sizeInPixels: 'Размер в пикселях',
		width: 'Ширина',
		height: 'Высота',
		fullWidthPlaceholder: 'во всю ширину',
		messagesToPage: 'Сообщения для вашей страницы',
		allowedOrigin: 'Разрешённый сайт (origin)',
		originHint: 'Единственный сайт, который может обмениваться сообщениями с хронологией (resize, select, view). Пусто — никакой.',
		originAnyHint: '— любой сайт.',
		originInvalid: 'Это не origin: укажите только схему и хост, например https://news.example (или *).',
		hostScript: 'Добавить скрипт, который подгоняет высоту фрейма под хронологию (citeline-host.js)',
		previewHeading: 'Предпросмотр',
		previewTitle: (title) => `Предпросмотр: ${title}`,
		htmlToPaste: 'HTML для вставки',
		copy: 'Копировать',
		copied: 'Скопировано',
		copyFailed: 'Не удалось скопировать: фрагмент выделен, нажмите Ctrl+C (⌘C на Mac).',
		embedDocs: { before: 'Все параметры и API сообщений:', after: 'в репозитории Citeline.' },
		embedLanguageReader: 'Язык браузера читателя',
		embedModeLegend: 'Режим',
		embedModeExplore: 'Исследование: хронология с масштабированием',
		embedModeStory: 'История: по одному событию',
		embedSearchAndFilters: 'Текущий поиск и фильтры',

		// ---- The Export dialog ----
		exportHeading: 'Экспортировать эту хронологию',
		exportEventsLegend: 'События',
		exportWhole: (n) => `Вся хронология (${count(n, EVENTS)})`,
		exportInView: (window, n) => `События текущего вида, ${window} (${count(n, EVENTS)})`,
		exportInViewAbout: (window, n) => `События текущего вида, ${window} (до ${n.toLocaleString('ru')})`,
		exportDataHeading: 'Данные',
		exportPictureHeading: 'Изображение текущего вида',
		exportFormatLabels: {
			json: 'JSON для Citeline (.json)',
			timelinejs: 'JSON для TimelineJS 3 (.json)',
			csv: 'Таблица (.csv)',
			ics: 'Календарь (.ics)',
			svg: 'Изображение (.svg)',
			png: 'Изображение (.png)'
		},
		exportWriting: 'Записываем…',
		exportSaved: (name) => `Сохранено: ${name}`,
		exportFailed: (reason) => `Не удалось экспортировать: ${reason}`,
		exportHint: 'В другом инструменте цитаты сохранят текст, но не отметку о сверке с архивным источником. Форматы и их правила:',
		pictureNoSources: 'События на экране не ссылаются ни на один источник.',
		pictureNoEvents: 'В этом виде нет событий.',
	};
}
