/**
 * Citeline's interface in Russian. Typed against en.ts: a missing or extra key is a type error.
 *
 * Journalistic register; «» quotes; inclusive ranges "с … по …" (genitive after "с", accusative
 * after "по": "с марта по май 2025"); counted nouns with one/few/many ("1 событие, 2 события,
 * 5 событий"); no "г." after years, as on the axis.
 */
import type { LanguageTools, PluralForms } from '../grammar';
import type { Messages } from './en';

export const EVENTS: PluralForms = { one: 'событие', few: 'события', many: 'событий', other: 'события' };
export const SOURCES: PluralForms = { one: 'источник', few: 'источника', many: 'источников', other: 'источника' };
const DAYS: PluralForms = { one: 'день', few: 'дня', many: 'дней', other: 'дня' };

/** "со 2 марта" (со второго), but "с 3 марта", "с 20 марта", "с марта". */
const since = (date: string) => `${/^2(?!\d)/.test(date) ? 'со' : 'с'} ${date}`;

/**
 * Built by a function of the language's grammar tools rather than importing them, so that this
 * file depends on nothing at run time and the web component can load it alone (load-language.ts).
 */
export function ruMessages({ count, list, number }: LanguageTools): Messages {
	return {
		// ---- Counts the widget and the pages share ----
		eventCount: (n) => count(n, EVENTS),

		// ---- The timeline widget ----
		interactiveTimeline: 'Интерактивная хронология',
		eventsInView: (n) => `На экране ${count(n, EVENTS)}.`,
		densityInView: (n) => `На экране около ${count(n, EVENTS)}, показано плотностью. Увеличьте масштаб, чтобы увидеть их по отдельности.`,
		loadingEvents: 'Загрузка событий…',
		lanesLabel: 'Категории',
		allEventsLane: 'События',
		timelineViewHelp:
			'Область хронологии. Стрелки сдвигают вид, плюс и минус меняют масштаб, Home и End переходят к первому и последнему событию. Клавиша Tab ведёт к событиям.',
		eventsInViewHelp: 'События на экране в хронологическом порядке. Стрелки переходят между событиями, Enter открывает событие.',
		moreEventsInside: (n) => `+${count(n, EVENTS)} внутри`,
		zoomToolbar: 'Масштаб',
		zoomIn: 'Приблизить',
		zoomInTitle: 'Приблизить (+)',
		zoomOut: 'Отдалить',
		zoomOutTitle: 'Отдалить (−)',
		fitAll: 'Показать всё',
		fitAllTitle: 'Показать все события (0)',
		reset: 'Сбросить',
		resetTitle: 'Вся хронология, ничего не открыто',
		legendLabel: 'Условные обозначения: статус события',
		uncertainEnd: 'Конец неточен или не сообщается',
		dismissNotice: 'Закрыть уведомление',
		minimapLabel: 'Видимая часть хронологии. Стрелки влево и вправо сдвигают её, вверх и вниз меняют масштаб.',
		moreCount: (n) => `ещё ${n}`,
		moreZoomLabel: (n) => `Ещё ${count(n, EVENTS)} здесь: приблизить`,
		moreListLabel: (n) => `Ещё ${count(n, EVENTS)} с той же датой: показать списком`,
		sameDateHint: 'У этих событий одна и та же дата; выберите одно, чтобы открыть его.',

		// ---- The open event ----
		closeDetails: 'Закрыть подробности',
		statusHeading: 'Статус',
		laneHeading: 'Категория',
		actorsHeading: 'Участники',
		whatSourcesSay: 'Что говорят источники',
		unsourced: 'Без источника: для этого события не указан ни один источник.',
		originalDate: (text) => `В оригинале обозначено как «${text}».`,
		referencedSources: 'Упомянуто без цитаты (не проверено):',
		mediaLink: 'Медиа',
		mediaCredit: 'Автор:',
		connectedEvents: 'Связанные события',
		partOf: 'Входит в',
		includes: 'Включает',
		quoteVerified: 'цитата сверена с архивным текстом',
		quoteUnverified: 'не проверено: источник не архивирован',
		viewInSource: 'Показать в источнике',
		sourcesDisagree: (title) => `Источники расходятся: ${title}`,
		accountAccordingTo: (who, via) => `по словам стороны «${who}», как сообщает ${via}`,
		accountReporter: (via) => `собственное изложение автора: ${via}`,
		accountMostly: (who) => `в основном по словам стороны «${who}»`,
		accountMostlyReporter: 'в основном собственное изложение автора',
		unattributedReport: 'материал неизвестного издания',

		// ---- Notices about a link's view parameters ----
		noticeUnknownEvent: (id) => `В этой хронологии нет события «${id}»; показана вся хронология.`,
		noticeHalfWindow: 'В ссылке указан только один из параметров «from» и «to»; показан вид по умолчанию.',
		noticeUnreadableWindow: (unreadable) =>
			`Не удалось прочитать ${list(unreadable)} (используйте даты вида 2025-03-18 или 2025-03-18T06:00Z); показан вид по умолчанию.`,
		noticeEmptyWindow: (to, from) => `Значение «to» (${to}) не позже «from» (${from}); показан вид по умолчанию.`,
		noticeWindowOutsideTimeline: (from, to) => `В этой хронологии нет ничего между ${from} и ${to}; показана вся хронология.`,

		// ---- The Embed dialog ----
		close: 'Закрыть',
		keyToSymbols: 'Что означают символы',

		// ---- A lane whose events are folded into a parent elsewhere ----
		laneHintCount: (n) => `${count(n, EVENTS)} внутри`,
		openQuote: '«',
		closeQuote: '»',
		laneHintAction: '— приблизить',

		// ---- The widget on other sites ----
		loadingTimeline: 'Загрузка хронологии…',
		couldNotLoad: (reason) => `Не удалось загрузить хронологию: ${reason}`,
		fetchFailed: (url) => `Не удалось получить ${url} (нет сети или сервер не разрешает этому сайту его загружать)`,
		serverAnswered: (url, status) => `${url}: ответ сервера ${status}`,
		noTimelineSource: 'Нечего показать: укажите в <citeline-timeline> атрибут src — адрес файла timeline.json.',

		// ---- The words of the format ----
		statusLabels: {
			happened: 'Произошло',
			agreed: 'Согласовано',
			announced: 'Объявлено',
			proposed: 'Предложено',
			stated: 'Заявлено',
			discussed: 'Обсуждалось',
			unassessed: 'Не оценено'
		},
		statusMeanings: {
			happened: 'Состоялось, как сообщают источники.',
			agreed: 'Обе стороны согласились; источники не сообщают, что это выполнено.',
			announced: 'Одна из сторон заявила, что это произойдёт; источники не сообщают, что это произошло.',
			proposed: 'Одна из сторон выдвинула предложение; источники не сообщают, что оно согласовано.',
			stated: 'Позиция или условие, изложенные одной из сторон.',
			discussed: 'Поднималось на переговорах; об итогах источники не сообщают.',
			unassessed: 'Импортировано или внесено без источников: что установлено, здесь не указано.'
		},
		relations: {
			'led-to': { out: 'Последствие', in: 'Причина' },
			'responds-to': { out: 'В ответ на', in: 'Ответ' },
			related: { out: 'Связанное событие', in: 'Связанное событие' }
		},
		untitledSource: 'Материал без заголовка',
		unknownPublisher: 'издание неизвестно',
		precision: {
			millennium: 'с точностью до тысячелетия',
			century: 'с точностью до века',
			decade: 'с точностью до десятилетия',
			year: 'с точностью до года',
			season: 'с точностью до времени года',
			month: 'с точностью до месяца',
			day: 'с точностью до дня',
			minute: 'с точностью до минуты',
			second: 'с точностью до секунды',
			millisecond: 'с точностью до миллисекунды'
		},
		when: {
			cases: { from: 'genitive', to: 'accusative', until: 'genitive', bound: 'genitive' },
			// "примерно" governs no case: "примерно 19 марта", "примерно март 2025".
			about: (date) => `примерно ${date}`,
			fromTo: (from, to) => `${since(from)} по ${to}`,
			fromOngoing: (from) => `${since(from)}, продолжается`,
			from: (from) => since(from),
			until: (until) => `до ${until}`,
			onOrAfter: (date) => `не ранее ${date}`,
			onOrBefore: (date) => `не позднее ${date}`,
			days: (n) => count(n, DAYS),
			dateUncertain: 'дата под вопросом',
			dateNotReported: 'дата не сообщается',
			exactDateNotReported: 'точная дата не сообщается',
			startDateNotReported: 'дата начала не сообщается',
			endDateNotReported: 'дата окончания не сообщается',
			seasons: {
				spring: { nominative: 'весна', genitive: 'весны', accusative: 'весну' },
				summer: { nominative: 'лето', genitive: 'лета', accusative: 'лето' },
				autumn: { nominative: 'осень', genitive: 'осени', accusative: 'осень' },
				winter: { nominative: 'зима', genitive: 'зимы', accusative: 'зиму' }
			},
			season: 'время года',
			decade: (year, grammaticalCase) => `${year}-${grammaticalCase === 'genitive' ? 'х' : 'е'}`
		},

		// ---- Search, filters, the compare view and a source's events (issue 13) ----
		searchLoading: 'Загрузка поиска…',
		searchFailed: (reason) => `Поиск недоступен: ${reason}`,
		searchMatches: (n) => (n === 0 ? 'Ни одно событие не соответствует поиску' : `Найдено: ${count(n, EVENTS)}`),
		matchesSearch: 'соответствует поиску',
		checks: {
			verified: 'Цитата проверена',
			unverified: 'Не проверено',
			unsourced: 'Без источника',
			unassessed: 'Не оценено'
		},
		eventsShown: (shown, total) => `Показано ${number(shown)} из ${number(total)}`,
		clearSearchAndFilters: 'Очистить поиск и фильтры',
		noEventsShown: 'Под эти фильтры не подходит ни одно событие.',
		noticeUnknownFilter: (param, value) => `В этой хронологии нет «${value}» для «${param}»; значение пропущено.`,
	};
}
