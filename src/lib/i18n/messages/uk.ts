/**
 * Citeline's interface in Ukrainian. Typed against en.ts: a missing or extra key is a type error.
 *
 * Journalistic register; «» quotes; ranges "з … до …" (both dates in the genitive: "з березня
 * до травня 2025"); counted nouns with one/few/many ("1 подія, 2 події, 5 подій").
 */
import type { LanguageTools, PluralForms } from '../grammar';
import type { Messages } from './en';

export const EVENTS: PluralForms = { one: 'подія', few: 'події', many: 'подій', other: 'події' };
export const SOURCES: PluralForms = { one: 'джерело', few: 'джерела', many: 'джерел', other: 'джерела' };
const DAYS: PluralForms = { one: 'день', few: 'дні', many: 'днів', other: 'дня' };

/**
 * Built by a function of the language's grammar tools rather than importing them, so that this
 * file depends on nothing at run time and the web component can load it alone (load-language.ts).
 */
export function ukMessages({ count, list, number }: LanguageTools): Messages {
	return {
		// ---- Counts the widget and the pages share ----
		eventCount: (n) => count(n, EVENTS),

		// ---- The timeline widget ----
		interactiveTimeline: 'Інтерактивна хронологія',
		eventsInView: (n) => `На екрані ${count(n, EVENTS)}.`,
		densityInView: (n) => `На екрані близько ${count(n, EVENTS)}, показано щільністю. Збільште масштаб, щоб побачити їх окремо.`,
		loadingEvents: 'Завантаження подій…',
		lanesLabel: 'Категорії',
		allEventsLane: 'Події',
		timelineViewHelp:
			'Область хронології. Стрілки зсувають вигляд, плюс і мінус змінюють масштаб, Home і End переходять до першої та останньої події. Клавіша Tab веде до подій.',
		eventsInViewHelp: 'Події на екрані в хронологічному порядку. Стрілки переходять між подіями, Enter відкриває подію.',
		moreEventsInside: (n) => `+${count(n, EVENTS)} усередині`,
		zoomToolbar: 'Масштаб',
		zoomIn: 'Наблизити',
		zoomInTitle: 'Наблизити (+)',
		zoomOut: 'Віддалити',
		zoomOutTitle: 'Віддалити (−)',
		fitAll: 'Показати все',
		fitAllTitle: 'Показати всі події (0)',
		reset: 'Скинути',
		resetTitle: 'Уся хронологія, нічого не відкрито',
		legendLabel: 'Умовні позначення: статус події',
		uncertainEnd: 'Кінець неточний або не повідомляється',
		dismissNotice: 'Закрити повідомлення',
		minimapLabel: 'Видима частина хронології. Стрілки ліворуч і праворуч зсувають її, угору і вниз змінюють масштаб.',
		moreCount: (n) => `ще ${n}`,
		moreZoomLabel: (n) => `Ще ${count(n, EVENTS)} тут: наблизити`,
		moreListLabel: (n) => `Ще ${count(n, EVENTS)} з тією самою датою: показати списком`,
		sameDateHint: 'Ці події мають однакову дату; виберіть одну, щоб відкрити її.',

		// ---- The open event ----
		closeDetails: 'Закрити подробиці',
		statusHeading: 'Статус',
		laneHeading: 'Категорія',
		actorsHeading: 'Учасники',
		whatSourcesSay: 'Що кажуть джерела',
		unsourced: 'Без джерела: для цієї події не вказано жодного джерела.',
		originalDate: (text) => `В оригіналі позначено як «${text}».`,
		referencedSources: 'Згадано без цитати (не перевірено):',
		mediaLink: 'Медіа',
		mediaCredit: 'Автор:',
		connectedEvents: 'Пов’язані події',
		partOf: 'Входить до',
		includes: 'Містить',
		quoteVerified: 'цитату звірено з архівним текстом',
		quoteUnverified: 'не перевірено: джерело не заархівовано',
		viewInSource: 'Показати в джерелі',
		sourcesDisagree: (title) => `Джерела розходяться: ${title}`,
		accountAccordingTo: (who, via) => `за словами сторони «${who}», як повідомляє ${via}`,
		accountReporter: (via) => `власний виклад автора: ${via}`,
		accountMostly: (who) => `здебільшого за словами сторони «${who}»`,
		accountMostlyReporter: 'здебільшого власний виклад автора',
		unattributedReport: 'матеріал невідомого видання',

		// ---- Notices about a link's view parameters ----
		noticeUnknownEvent: (id) => `У цій хронології немає події «${id}»; показано всю хронологію.`,
		noticeHalfWindow: 'У посиланні вказано лише один із параметрів «from» і «to»; показано типовий вигляд.',
		noticeUnreadableWindow: (unreadable) =>
			`Не вдалося прочитати ${list(unreadable)} (використовуйте дати на кшталт 2025-03-18 або 2025-03-18T06:00Z); показано типовий вигляд.`,
		noticeEmptyWindow: (to, from) => `Значення «to» (${to}) не пізніше за «from» (${from}); показано типовий вигляд.`,
		noticeWindowOutsideTimeline: (from, to) => `У цій хронології немає нічого між ${from} і ${to}; показано всю хронологію.`,

		// ---- The Embed dialog ----
		close: 'Закрити',
		keyToSymbols: 'Що означають символи',

		// ---- A lane whose events are folded into a parent elsewhere ----
		laneHintCount: (n) => `${count(n, EVENTS)} усередині`,
		openQuote: '«',
		closeQuote: '»',
		laneHintAction: '— наблизити',

		// ---- The widget on other sites ----
		loadingTimeline: 'Завантаження хронології…',
		couldNotLoad: (reason) => `Не вдалося завантажити хронологію: ${reason}`,
		fetchFailed: (url) => `Не вдалося отримати ${url} (немає мережі або сервер не дозволяє цьому сайту його завантажувати)`,
		serverAnswered: (url, status) => `${url}: відповідь сервера ${status}`,
		noTimelineSource: 'Немає що показати: вкажіть у <citeline-timeline> атрибут src — адресу файлу timeline.json.',

		// ---- The words of the format ----
		statusLabels: {
			happened: 'Відбулося',
			agreed: 'Погоджено',
			announced: 'Оголошено',
			proposed: 'Запропоновано',
			stated: 'Заявлено',
			discussed: 'Обговорювалося',
			unassessed: 'Не оцінено'
		},
		statusMeanings: {
			happened: 'Відбулося, як повідомляють джерела.',
			agreed: 'Обидві сторони погодилися; джерела не повідомляють, що це виконано.',
			announced: 'Одна зі сторін заявила, що це станеться; джерела не повідомляють, що це сталося.',
			proposed: 'Одна зі сторін висунула пропозицію; джерела не повідомляють, що її погоджено.',
			stated: 'Позиція або умова, яку висловила одна зі сторін.',
			discussed: 'Порушувалося на переговорах; про результат джерела не повідомляють.',
			unassessed: 'Імпортовано або внесено без джерел: що встановлено, тут не вказано.'
		},
		relations: {
			'led-to': { out: 'Наслідок', in: 'Причина' },
			'responds-to': { out: 'У відповідь на', in: 'Відповідь' },
			related: { out: 'Пов’язана подія', in: 'Пов’язана подія' }
		},
		untitledSource: 'Матеріал без заголовка',
		unknownPublisher: 'видання невідоме',
		precision: {
			millennium: 'з точністю до тисячоліття',
			century: 'з точністю до століття',
			decade: 'з точністю до десятиліття',
			year: 'з точністю до року',
			season: 'з точністю до пори року',
			month: 'з точністю до місяця',
			day: 'з точністю до дня',
			minute: 'з точністю до хвилини',
			second: 'з точністю до секунди',
			millisecond: 'з точністю до мілісекунди'
		},
		when: {
			cases: { from: 'genitive', to: 'genitive', until: 'genitive', bound: 'genitive' },
			// "приблизно" governs no case: "приблизно 19 березня", "приблизно березень 2025".
			about: (date) => `приблизно ${date}`,
			fromTo: (from, to) => `з ${from} до ${to}`,
			fromOngoing: (from) => `з ${from}, триває`,
			from: (from) => `з ${from}`,
			until: (until) => `до ${until}`,
			onOrAfter: (date) => `не раніше ${date}`,
			onOrBefore: (date) => `не пізніше ${date}`,
			days: (n) => count(n, DAYS),
			dateUncertain: 'дата непевна',
			dateNotReported: 'дата не повідомляється',
			exactDateNotReported: 'точна дата не повідомляється',
			startDateNotReported: 'дата початку не повідомляється',
			endDateNotReported: 'дата завершення не повідомляється',
			seasons: {
				spring: { nominative: 'весна', genitive: 'весни', accusative: 'весну' },
				summer: { nominative: 'літо', genitive: 'літа', accusative: 'літо' },
				autumn: { nominative: 'осінь', genitive: 'осені', accusative: 'осінь' },
				winter: { nominative: 'зима', genitive: 'зими', accusative: 'зиму' }
			},
			season: 'пора року',
			decade: (year, grammaticalCase) => `${year}-${grammaticalCase === 'genitive' ? 'х' : 'ті'}`
		},

		// ---- Search, filters, the compare view and a source's events (issue 13) ----
		searchLoading: 'Завантаження пошуку…',
		searchFailed: (reason) => `Пошук недоступний: ${reason}`,
		searchMatches: (n) => (n === 0 ? 'Жодна подія не відповідає пошуку' : `Знайдено: ${count(n, EVENTS)}`),
		matchesSearch: 'відповідає пошуку',
		checks: {
			verified: 'Цитату перевірено',
			unverified: 'Не перевірено',
			unsourced: 'Без джерела',
			unassessed: 'Не оцінено'
		},
		eventsShown: (shown, total) => `Показано ${number(shown)} з ${number(total)}`,
		clearSearchAndFilters: 'Очистити пошук і фільтри',
		noEventsShown: 'За цими фільтрами не лишається жодної події.',
		noticeUnknownFilter: (param, value) => `У цій хронології немає «${value}» для «${param}»; це значення пропущено.`,
	};
}
