<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Charts</name>
    <message>
        <source>Corescope chart</source>
        <translation>График Corescope</translation>
    </message>
    <message>
        <source>Exported by Corescope</source>
        <translation>Экспортировано из Corescope</translation>
    </message>
    <message>
        <source>could not start drawing the SVG file</source>
        <translation>не удалось начать рисование файла SVG</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Нет графика для экспорта.</translation>
    </message>
    <message>
        <source>Cannot export a chart as &quot;%1&quot;: the file name must end in .png, .svg or .pdf.</source>
        <translation>Нельзя экспортировать график как «%1»: имя файла должно заканчиваться на .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Не удалось записать «%1»: %2.</translation>
    </message>
    <message>
        <source>could not write the %1 file</source>
        <translation>не удалось записать файл %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>Cannot export the chart to &quot;%1&quot;: %2.</source>
        <translation>Не удалось экспортировать график в «%1»: %2.</translation>
    </message>
    <message>
        <source>PNG image, for slides (*.png);;SVG drawing, for editing (*.svg);;PDF document, for reports (*.pdf)</source>
        <translation>Изображение PNG, для слайдов (*.png);;Рисунок SVG, для правки (*.svg);;Документ PDF, для отчётов (*.pdf)</translation>
    </message>
    <message>
        <source>Per-core utilization</source>
        <translation>Загрузка по ядрам</translation>
    </message>
    <message>
        <source>utilization (%)</source>
        <translation>загрузка (%)</translation>
    </message>
    <message>
        <source>core</source>
        <translation>ядро</translation>
    </message>
    <message>
        <source>per-core utilization</source>
        <translation>загрузка по ядрам</translation>
    </message>
    <message>
        <source>avg (%)</source>
        <translation>сред. (%)</translation>
    </message>
    <message>
        <source>core %1</source>
        <translation>ядро %1</translation>
    </message>
    <message>
        <source>average of %1 cores</source>
        <translation>среднее по ядрам: %1</translation>
    </message>
    <message>
        <source>average</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>%1 logical cores</source>
        <translation>логических ядер: %1</translation>
    </message>
    <message>
        <source>Task timeline</source>
        <translation>Шкала времени задач</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Ускорение</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>рабочие</translation>
    </message>
    <message>
        <source>speedup (× serial)</source>
        <translation>ускорение (× последовательный)</translation>
    </message>
    <message>
        <source>efficiency (% of ideal)</source>
        <translation>эффективность (% от идеала)</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Эффективность</translation>
    </message>
    <message>
        <source>ideal (100 %)</source>
        <translation>идеал (100 %)</translation>
    </message>
    <message>
        <source>ideal (speedup = workers)</source>
        <translation>идеал (ускорение = число рабочих)</translation>
    </message>
    <message>
        <source> (min-max)</source>
        <translation> (мин.-макс.)</translation>
    </message>
    <message>
        <source>1 core</source>
        <translation>1 ядро</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>ядер: %1</translation>
    </message>
    <message>
        <source>against the serial run · %1 logical cores</source>
        <translation>относительно последовательного запуска · логических ядер: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>ускорение</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>эффективность</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>общее время</translation>
    </message>
    <message>
        <source>serial time %1</source>
        <translation>последовательное время %1</translation>
    </message>
    <message>
        <source>Python serial time %1</source>
        <translation>последовательное время Python %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>рабочий %1</translation>
    </message>
    <message>
        <source> · pid %1</source>
        <translation> · PID %1</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>time since run start (%1)</source>
        <translation>время от начала запуска (%1)</translation>
    </message>
    <message>
        <source>handed back</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>, %1 workers, chunksize %2, %3</source>
        <translation>, рабочих: %1, chunksize %2, %3</translation>
    </message>
    <message>
        <source>, emulated GIL</source>
        <translation>, эмулированный GIL</translation>
    </message>
    <message>
        <source>task (colour = worker)</source>
        <translation>задача (цвет = рабочий)</translation>
    </message>
    <message>
        <source>waiting for the GIL</source>
        <translation>ожидание GIL</translation>
    </message>
    <message>
        <source>worker start-up</source>
        <translation>запуск рабочего</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>result handed back (row = task)</source>
        <translation>результат возвращён (строка = задача)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 starting up&lt;/b&gt;&lt;table&gt;</source>
        <translation>&lt;b&gt;%1 запускается&lt;/b&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>took</source>
        <translation>заняло</translation>
    </message>
    <message>
        <source>&lt;b&gt;task %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;задача %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (running)</source>
        <translation> (выполняется)</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#d62728&apos;&gt;(failed)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#d62728&apos;&gt;(сбой)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation> (ожидалось %1)</translation>
    </message>
    <message>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>none (the worker died)</source>
        <translation>нет (рабочий умер)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>running for</source>
        <translation>выполняется уже</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>длительность</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>запуск</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>No serial baseline yet —
run this workload in serial mode to compare</source>
        <translation>Последовательного запуска ещё нет —
запустите нагрузку последовательно для сравнения</translation>
    </message>
    <message>
        <source>results held by the caller</source>
        <translation>результаты у вызывающего кода</translation>
    </message>
    <message>
        <source>Results held by the caller</source>
        <translation>Результаты у вызывающего кода</translation>
    </message>
    <message>
        <source>at</source>
        <translation>момент</translation>
    </message>
    <message>
        <source>held</source>
        <translation>удерживается</translation>
    </message>
    <message>
        <source>%1 of %2 (ended, not yet handed back)</source>
        <translation>%1 из %2 (готовы, ещё не возвращены)</translation>
    </message>
    <message>
        <source>held by the caller then</source>
        <translation>у вызывающего кода в тот момент</translation>
    </message>
    <message>
        <source>stopped by Cancel</source>
        <translation>остановлен отменой</translation>
    </message>
    <message>
        <source>worker died: %1</source>
        <translation>рабочий умер: %1</translation>
    </message>
    <message>
        <source>%1 · rank %2 · pid %3</source>
        <translation>%1 · ранг %2 · pid %3</translation>
    </message>
    <message>
        <source>host clock</source>
        <translation>часы узла</translation>
    </message>
    <message>
        <source>%1%2 from Corescope&apos;s, ± %3 (times shifted by it)</source>
        <translation>%1%2 от часов Corescope, ± %3 (времена сдвинуты на эту величину)</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#d62728&apos;&gt;(killed when the pool broke)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#d62728&apos;&gt;(остановлена при поломке пула)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none (stopped when another worker&apos;s death broke the pool)</source>
        <translation>нет (остановлена, когда гибель другого рабочего сломала пул)</translation>
    </message>
    <message>
        <source>running, sampled (colour = worker)</source>
        <translation>выполняется, по выборке (цвет = рабочий)</translation>
    </message>
    <message>
        <source>holds the GIL (colour = worker)</source>
        <translation>держит GIL (цвет = рабочий)</translation>
    </message>
    <message>
        <source>in a task, not running (sampled)</source>
        <translation>в задаче, не выполняется (по выборке)</translation>
    </message>
    <message>
        <source>running (sampled)</source>
        <translation>выполняется (по выборке)</translation>
    </message>
    <message>
        <source>holding the GIL</source>
        <translation>держит GIL</translation>
    </message>
    <message>
        <source>Per-core utilization was not sampled in this run.</source>
        <translation>В этом запуске загрузка по ядрам не замерялась.</translation>
    </message>
    <message>
        <source>Too short to sample at %1 Hz: the run took %2, a sample comes every %3.</source>
        <translation>Слишком коротко для замеров с частотой %1 Гц: запуск занял %2, замер делается раз в %3.</translation>
    </message>
    <message>
        <source>The scale must be between 1 and %1, not %2.</source>
        <translation>Масштаб должен быть от 1 до %1, а не %2.</translation>
    </message>
    <message>
        <source>%1: Amdahl fit (f = %2 %, 95 %: %3–%4 %)</source>
        <translation>%1: подгонка по Амдалу (f = %2 %, 95 %: %3–%4 %)</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Общее время</translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation>общее время (с)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · core %2</source>
        <translation>%1 · ядро %2</translation>
    </message>
    <message>
        <source>%1 logical cores on %2 machines</source>
        <translation>логических ядер: %1 на %2 машинах</translation>
    </message>
    <message>
        <source>+ the cores of %1</source>
        <translation>+ ядра %1</translation>
    </message>
    <message>
        <source>+ the cores of other machines: %1</source>
        <translation>+ ядра других машин: %1</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>not kept (Corescope keeps an int from 0 to 2^64-1, a bool, None or a list of ints)</source>
        <translation>не сохранён (Corescope хранит int от 0 до 2^64-1, bool, None или список int)</translation>
    </message>
    <message>
        <source>worker died</source>
        <translation>рабочий умер</translation>
    </message>
    <message>
        <source> (stopped by Cancel)</source>
        <translation> (остановлена отменой)</translation>
    </message>
    <message>
        <source>none (stopped by Cancel)</source>
        <translation>нет (остановлена отменой)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>stopped by Cancel</source>
        <comment>legend: a task</comment>
        <translation>остановлена отменой</translation>
    </message>
    <message>
        <source>task</source>
        <comment>legend</comment>
        <translation>задача</translation>
    </message>
    <message>
        <source>running, sampled</source>
        <translation>выполняется, по выборке</translation>
    </message>
    <message>
        <source>holds the GIL</source>
        <translation>держит GIL</translation>
    </message>
    <message>
        <source>result handed back</source>
        <translation>результат возвращён</translation>
    </message>
    <message>
        <source>under %1 ms: start-up and timer noise weigh on this point</source>
        <translation>меньше %1 мс: на эту точку сильно влияют запуск и шум таймера</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>parallel</source>
        <translation>параллельно</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>последовательно</translation>
    </message>
    <message>
        <source>one Process per input</source>
        <translation>по Process на каждый вход</translation>
    </message>
    <message>
        <source>Pool(10).map</source>
        <translation>Pool(10).map</translation>
    </message>
    <message>
        <source>2 threads</source>
        <translation>2 потока</translation>
    </message>
    <message>
        <source>2 processes</source>
        <translation>2 процесса</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>корейский</translation>
    </message>
    <message>
        <source>is_prime over 50 numbers: the GIL and ProcessPoolExecutor</source>
        <translation>is_prime для 50 чисел: GIL и ProcessPoolExecutor</translation>
    </message>
    <message>
        <source>Threads, processes and pools; the primes, parallel and serial</source>
        <translation>Потоки, процессы и пулы; простые числа параллельно и последовательно</translation>
    </message>
    <message>
        <source>Better Way 41: gcd on ThreadPoolExecutor and ProcessPoolExecutor</source>
        <translation>Better Way 41: gcd в ThreadPoolExecutor и ProcessPoolExecutor</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Multiprocessing in Python: Process, Pool and cpu_count()</source>
        <translation>Multiprocessing в Python: Process, Pool и cpu_count()</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>multiprocessing: shared state, map, imap and imap_unordered</source>
        <translation>multiprocessing: общее состояние, map, imap и imap_unordered</translation>
    </message>
    <message>
        <source>Beyond the tutorials</source>
        <translation>За пределами учебников</translation>
    </message>
    <message>
        <source>Processes spread CPU work over the cores</source>
        <translation>Процессы распределяют вычисления по ядрам</translation>
    </message>
    <message>
        <source>The seed primes, as native C++ kernels, on a process pool with one worker per core: every core fills up, each worker process has its own lane with its pid, and the speedup against the serial run approaches the number of cores. Python&apos;s worker processes spread over the cores the same way (each has its own interpreter and its own GIL); each task just takes longer there.</source>
        <translation>Простые числа из учебного материала как нативные ядра C++ в пуле процессов, по одному рабочему процессу на ядро: все ядра загружены, у каждого рабочего процесса своя дорожка со своим PID, а ускорение относительно последовательного запуска приближается к числу ядер. Рабочие процессы Python распределяются по ядрам точно так же (у каждого свой интерпретатор и свой GIL); просто каждая задача там выполняется дольше.</translation>
    </message>
    <message>
        <source>Run it in serial mode once for the baseline, then try more workers than cores: the speedup stops growing at the core count.</source>
        <translation>Сначала запустите последовательный режим, чтобы получить базовую линию, а затем попробуйте взять рабочих больше, чем ядер: ускорение перестаёт расти на числе ядер.</translation>
    </message>
    <message>
        <source>000 (Korean): ProcessPoolExecutor(max_workers=10) spreads is_prime over the 50 NUMS</source>
        <translation>000 (корейский): ProcessPoolExecutor(max_workers=10) распределяет is_prime по 50 числам NUMS</translation>
    </message>
    <message>
        <source>The tutorial&apos;s primes: ProcessPoolExecutor against a plain loop</source>
        <translation>Простые числа из учебника: ProcessPoolExecutor против обычного цикла</translation>
    </message>
    <message>
        <source>The tutorial&apos;s own program in a real Python interpreter: is_prime over its six numbers through ProcessPoolExecutor().map, one worker process per core. Run it in serial mode too (the tutorial&apos;s plain loop) and compare: the tutorial printed 0.75 s in parallel against 2.8 s serial on its author&apos;s machine. Your times differ with the processor, the number of cores and the start method (the summary names the one used here); the ratio is what carries over, and it cannot pass the number of cores.</source>
        <translation>Программа из учебника в настоящем интерпретаторе Python: is_prime для шести чисел через ProcessPoolExecutor().map, по одному рабочему процессу на ядро. Запустите её и в последовательном режиме (обычный цикл из учебника) и сравните: на машине автора учебника вышло 0,75 с параллельно против 2,8 с последовательно. Ваши времена зависят от процессора, числа ядер и способа запуска процессов (в сводке указан использованный); переносится отношение, и оно не может превысить число ядер.</translation>
    </message>
    <message>
        <source>Switch to Python threads: under the GIL they take about as long as the plain loop.</source>
        <translation>Переключитесь на потоки Python: из-за GIL они работают примерно столько же, сколько обычный цикл.</translation>
    </message>
    <message>
        <source>001 (Korean): is_prime over six PRIMES, ProcessPoolExecutor().map against map()</source>
        <translation>001 (корейский): is_prime для шести PRIMES, ProcessPoolExecutor().map против map()</translation>
    </message>
    <message>
        <source>Waiting work gains from Python threads: a sleep releases the GIL</source>
        <translation>Ожидание выигрывает от потоков Python: sleep отпускает GIL</translation>
    </message>
    <message>
        <source>Four Python threads whose tasks wait 200 ms each, as I/O does: time.sleep releases the GIL while it waits, so the four wait at the same time and the run takes about a quarter of the serial time, under the real GIL. The CPU chart stays nearly idle: waiting costs no CPU.</source>
        <translation>Четыре потока Python, задачи которых ждут по 200 мс, как при вводе-выводе: time.sleep отпускает GIL на время ожидания, поэтому все четыре ждут одновременно, и запуск длится около четверти последовательного времени — под настоящим GIL. График CPU почти пуст: ожидание не тратит процессор.</translation>
    </message>
    <message>
        <source>Compare with the gcd lesson: computing holds the GIL, waiting does not.</source>
        <translation>Сравните с уроком про gcd: вычисление держит GIL, ожидание — нет.</translation>
    </message>
    <message>
        <source>001 (Korean): a worker Thread that works, then sleeps (threading.Thread, sleep)</source>
        <translation>001 (корейский): рабочий Thread, который работает, а потом спит (threading.Thread, sleep)</translation>
    </message>
    <message>
        <source>Starting workers costs time: pools reuse them</source>
        <translation>Запуск рабочих стоит времени: пулы используют их повторно</translation>
    </message>
    <message>
        <source>Five tiny doublings through Pool(5).map in a real Python interpreter: each worker is a new process that must get its interpreter ready before its first task, so each worker&apos;s lane is mostly its grey start-up bar and the doublings are slivers. Creating and ending workers is the expensive part, which is why pools keep their workers.</source>
        <translation>Пять крошечных удвоений через Pool(5).map в настоящем интерпретаторе Python: каждый рабочий — новый процесс, которому до первой задачи нужно подготовить интерпретатор, поэтому дорожка каждого рабочего — это в основном серая полоса запуска, а удвоения — тонкие штрихи. Создание и завершение рабочих — самая дорогая часть, поэтому пулы и сохраняют своих рабочих.</translation>
    </message>
    <message>
        <source>Switch to Python threads: a thread starts in a fraction of that time.</source>
        <translation>Переключитесь на потоки Python: поток запускается за малую долю этого времени.</translation>
    </message>
    <message>
        <source>001 (Korean): creating and ending threads or processes costs the most, so pools reuse them; Pool().map(double, [1, 2, 3, 4, 5])</source>
        <translation>001 (корейский): создание и завершение потоков и процессов стоит дороже всего, поэтому пулы используют их повторно; Pool().map(double, [1, 2, 3, 4, 5])</translation>
    </message>
    <message>
        <source>Python threads and CPU work: the GIL</source>
        <translation>Потоки Python и вычисления: GIL</translation>
    </message>
    <message>
        <source>The tutorial&apos;s gcd through ThreadPoolExecutor(max_workers=2), in a real Python interpreter: only the thread that holds the GIL runs Python code, so two threads take about as long as a plain loop. The timeline hatches the time each task spent off the CPU, waiting for the GIL (or the OS). Run it in serial mode for the baseline: the tutorial printed 0.479 s serial and 0.485 s with two threads.</source>
        <translation>gcd из учебника через ThreadPoolExecutor(max_workers=2) в настоящем интерпретаторе Python: код Python выполняет только поток, держащий GIL, поэтому два потока работают примерно столько же, сколько обычный цикл. Шкала времени штрихует время, которое каждая задача провела вне процессора в ожидании GIL (или ОС). Запустите последовательный режим для базовой линии: в учебнике вышло 0,479 с последовательно и 0,485 с на двух потоках.</translation>
    </message>
    <message>
        <source>002 (Korean): gcd over 4 pairs: serial 0.479 s, ThreadPoolExecutor(2) 0.485 s, ProcessPoolExecutor(2) 0.410 s</source>
        <translation>002 (корейский): gcd для 4 пар: последовательно 0,479 с, ThreadPoolExecutor(2) 0,485 с, ProcessPoolExecutor(2) 0,410 с</translation>
    </message>
    <message>
        <source>Python processes and CPU work: one GIL each</source>
        <translation>Процессы Python и вычисления: у каждого свой GIL</translation>
    </message>
    <message>
        <source>The same gcd through ProcessPoolExecutor(max_workers=2): each worker process has its own interpreter and its own GIL, so both cores compute at once and the run beats the two threads. The gain is smaller than the cores promise: starting two interpreters and sending them the work is paid before four tasks of about a tenth of a second each (the tutorial printed 0.410 s against 0.479 s serial).</source>
        <translation>Тот же gcd через ProcessPoolExecutor(max_workers=2): у каждого рабочего процесса свой интерпретатор и свой GIL, поэтому оба ядра считают одновременно и запуск обгоняет два потока. Выигрыш меньше, чем обещают ядра: запуск двух интерпретаторов и отправка им работы оплачиваются до четырёх задач примерно по десятой доле секунды (в учебнике 0,410 с против 0,479 с последовательно).</translation>
    </message>
    <message>
        <source>Compare the grey start-up bars with the tasks: longer or more tasks would hide them.</source>
        <translation>Сравните серые полосы запуска с задачами: более длинные или более многочисленные задачи скрыли бы их.</translation>
    </message>
    <message>
        <source>A function from a notebook: spawned workers cannot find it</source>
        <translation>Функция из блокнота: рабочие, запущенные через spawn, её не находят</translation>
    </message>
    <message>
        <source>is_prime defined in the program&apos;s __main__, as a notebook cell defines it, on two worker processes started by spawn (the only start method on Windows, the default on macOS): each worker starts a fresh interpreter and imports the program again, finds no is_prime in it and dies before its first task. ProcessPoolExecutor raises BrokenProcessPool and no result arrives, as in the tutorial&apos;s notebook on Windows.</source>
        <translation>is_prime определена в __main__ программы, как её определяет ячейка блокнота, на двух рабочих процессах, запущенных через spawn (единственный способ в Windows, способ по умолчанию в macOS): каждый рабочий запускает новый интерпретатор и заново импортирует программу, не находит в ней is_prime и умирает до первой задачи. ProcessPoolExecutor выбрасывает BrokenProcessPool, и ни один результат не приходит — как в блокноте из учебника под Windows.</translation>
    </message>
    <message>
        <source>Set the start method to fork: the workers inherit the notebook&apos;s memory, is_prime included, and the run works. A script that keeps its functions importable and its entry point under if __name__ == &apos;__main__&apos; works with every start method.</source>
        <translation>Установите способ запуска fork: рабочие наследуют память блокнота вместе с is_prime, и запуск проходит. Скрипт, у которого функции можно импортировать, а точка входа стоит под if __name__ == &apos;__main__&apos;, работает при любом способе запуска.</translation>
    </message>
    <message>
        <source>002 (Korean): BrokenProcessPool in a Windows notebook: a pool&apos;s workers must be able to import __main__</source>
        <translation>002 (корейский): BrokenProcessPool в блокноте под Windows: рабочие пула должны уметь импортировать __main__</translation>
    </message>
    <message>
        <source>The GIL&apos;s mechanism at native speed (emulated)</source>
        <translation>Механизм GIL на нативной скорости (эмуляция)</translation>
    </message>
    <message>
        <source>Native C++ threads under Corescope&apos;s emulated GIL: one lock a thread must hold to compute, handed to the other thread every 5 ms as CPython&apos;s switch interval does. The timeline shades the time each task waited for it, the CPU chart shows about one core busy at a time, and the run takes as long as the serial one. It is an emulation: the gcd lesson runs real Python threads.</source>
        <translation>Нативные потоки C++ под эмулированным GIL Corescope: одна блокировка, которую поток должен держать, чтобы считать, и которая передаётся другому потоку каждые 5 мс, как это делает интервал переключения CPython. Шкала времени затеняет время, которое каждая задача её ждала, график CPU показывает примерно одно занятое ядро за раз, а запуск длится столько же, сколько последовательный. Это эмуляция: урок про gcd запускает настоящие потоки Python.</translation>
    </message>
    <message>
        <source>Untick the GIL: the same native threads then compute on two cores at once.</source>
        <translation>Снимите флажок GIL: те же нативные потоки будут считать на двух ядрах одновременно.</translation>
    </message>
    <message>
        <source>002 (Korean): the GIL keeps Python threads from using several cores</source>
        <translation>002 (корейский): GIL не даёт потокам Python использовать несколько ядер</translation>
    </message>
    <message>
        <source>The tutorial&apos;s summation: Pool.map against a plain loop</source>
        <translation>Суммирование из учебника: Pool.map против обычного цикла</translation>
    </message>
    <message>
        <source>The tutorial&apos;s summation loop (it calls it factorial) over ten inputs near 10^7, through Pool.map with one worker process per core, in a real Python interpreter. Ten equal tasks: each worker takes its chunks (Pool.map&apos;s own chunksize) and the cores stay busy to the end. Run it in serial mode too: the tutorial printed 7.36 s serial, 5.46 s with one Process per input and 5.70 s with Pool(10).map on its author&apos;s machine. Compare the ratios, not the seconds: they depend on the cores.</source>
        <translation>Цикл суммирования из учебника (там он называется factorial) для десяти входов около 10^7 через Pool.map, по одному рабочему процессу на ядро, в настоящем интерпретаторе Python. Десять одинаковых задач: каждый рабочий берёт свои порции (chunksize самого Pool.map), и ядра заняты до конца. Запустите и последовательный режим: на машине автора учебника вышло 7,36 с последовательно, 5,46 с с отдельным Process на каждый вход и 5,70 с с Pool(10).map. Сравнивайте отношения, а не секунды: секунды зависят от ядер.</translation>
    </message>
    <message>
        <source>Set the workers to 10, as the tutorial&apos;s Pool(10): no faster on this machine&apos;s cores, and ten interpreters to start.</source>
        <translation>Задайте 10 рабочих, как Pool(10) в учебнике: на ядрах этой машины быстрее не станет, а запускать придётся десять интерпретаторов.</translation>
    </message>
    <message>
        <source>003 (English): one Process per input against Pool(10).map: 7.36 s serial, 5.46 s and 5.70 s</source>
        <translation>003 (английский): Process на каждый вход против Pool(10).map: 7,36 с последовательно, 5,46 с и 5,70 с</translation>
    </message>
    <message>
        <source>More workers than cores does not help</source>
        <translation>Рабочих больше, чем ядер, — не поможет</translation>
    </message>
    <message>
        <source>Four native threads (C++, no GIL) for every core of this machine: they only take turns on the cores. Compare the wall time with as many workers as cores (cpu_count()): no faster, and each task takes longer. Python threads would not get that far: under the GIL they compute on one core however many there are.</source>
        <translation>Четыре нативных потока (C++, без GIL) на каждое ядро этой машины: они лишь по очереди занимают ядра. Сравните общее время с запуском, где рабочих столько же, сколько ядер (cpu_count()): не быстрее, и каждая задача длится дольше. Потоки Python сюда даже не доберутся: под GIL они считают на одном ядре, сколько бы ядер ни было.</translation>
    </message>
    <message>
        <source>Run a sweep (1 to 2 x cores) to see the speedup curve flatten at the core count.</source>
        <translation>Запустите серию замеров (от 1 до 2 × число ядер) и посмотрите, как кривая ускорения выходит на плато на числе ядер.</translation>
    </message>
    <message>
        <source>003 (English): mp.cpu_count(), the number of CPUs a pool can use</source>
        <translation>003 (английский): mp.cpu_count(), число процессоров, доступных пулу</translation>
    </message>
    <message>
        <source>Result order: imap waits for the slowest head</source>
        <translation>Порядок результатов: imap ждёт самую медленную задачу в голове</translation>
    </message>
    <message>
        <source>Inputs 1, 2, 3 sleep 1, 2 and 3 s. Pool.imap hands results back in input order, each as soon as it and every earlier one are there: the &apos;handed back&apos; lane shows a staircase at 1, 2 and 3 s. ProcessPoolExecutor.map, the tutorials&apos; API, hands back the same way; only Pool.map holds all three and hands them back together at 3 s.</source>
        <translation>Входы 1, 2, 3 спят 1, 2 и 3 с. Pool.imap возвращает результаты в порядке входов, каждый — как только готовы он и все предыдущие: дорожка «возвращено» показывает лесенку на 1, 2 и 3 с. ProcessPoolExecutor.map, API из учебников, возвращает так же; только Pool.map держит все три и отдаёт их вместе на 3 с.</translation>
    </message>
    <message>
        <source>Switch the API to Pool.map: all three come back at once at 3 s. Then load the reversed doubler (sleeps 3 - n) and try Pool.imap against Pool.imap_unordered: the unordered one hands back 6, 4, 2 as they finish; imap holds everything back behind the slow first task (head-of-line blocking).</source>
        <translation>Переключите API на Pool.map: все три вернутся разом на 3 с. Затем загрузите обратный doubler (спит 3 - n) и сравните Pool.imap с Pool.imap_unordered: неупорядоченный отдаёт 6, 4, 2 по мере готовности; imap держит всё за медленной первой задачей (блокировка в голове очереди).</translation>
    </message>
    <message>
        <source>004 (Russian): pool.map vs pool.imap vs pool.imap_unordered</source>
        <translation>004 (русский): pool.map vs pool.imap vs pool.imap_unordered</translation>
    </message>
    <message>
        <source>Result order: imap_unordered hands back as completed</source>
        <translation>Порядок результатов: imap_unordered отдаёт по мере готовности</translation>
    </message>
    <message>
        <source>Inputs 1, 2, 3 sleep 2, 1 and 0 s: the first input is the slowest. Pool.imap_unordered hands each result back the moment it is ready: 6 at once, 4 at 1 s, 2 at 2 s, in the &apos;handed back&apos; lane. submit + as_completed does the same.</source>
        <translation>Входы 1, 2, 3 спят 2, 1 и 0 с: первый вход — самый медленный. Pool.imap_unordered отдаёт каждый результат в момент готовности: 6 сразу, 4 на 1 с, 2 на 2 с — на дорожке «возвращено». submit + as_completed делает то же самое.</translation>
    </message>
    <message>
        <source>Switch the API to Pool.imap or ProcessPoolExecutor.map: nothing comes back until the first, slowest task is done, then all three; Pool.map, too, hands all three back at the end.</source>
        <translation>Переключите API на Pool.imap или ProcessPoolExecutor.map: ничего не вернётся, пока не закончится первая, самая медленная задача, а затем сразу все три; Pool.map тоже отдаёт все три в конце.</translation>
    </message>
    <message>
        <source>004 (Russian): pool.imap_unordered</source>
        <translation>004 (русский): pool.imap_unordered</translation>
    </message>
    <message>
        <source>Five Python APIs, one workload: when does each result arrive?</source>
        <translation>Пять API Python, одна нагрузка: когда приходит каждый результат?</translation>
    </message>
    <message>
        <source>Inputs 1, 2, 3 sleep 2, 1 and 0 s, in a real Python interpreter, through the API in the API box. Pool.map hands all three back together at 2 s, when the slowest is done. Pool.imap and ProcessPoolExecutor.map hand them back in input order: nothing until the first input&apos;s 2 s, then all three. Pool.imap_unordered and submit + as_completed hand each back as it finishes: 6 at once, 4 at 1 s, 2 at 2 s. The &apos;handed back&apos; lane shows each.</source>
        <translation>Входы 1, 2, 3 спят 2, 1 и 0 с, в настоящем интерпретаторе Python, через API из поля API. Pool.map отдаёт все три вместе на 2 с, когда закончится самая медленная. Pool.imap и ProcessPoolExecutor.map отдают в порядке входов: ничего до 2 с первого входа, затем все три. Pool.imap_unordered и submit + as_completed отдают каждый по готовности: 6 сразу, 4 на 1 с, 2 на 2 с. Дорожка «возвращено» показывает каждый.</translation>
    </message>
    <message>
        <source>Step through the five APIs in the API box and run each: same tasks, same workers, only the hand-back lane changes.</source>
        <translation>Переберите пять API в поле API и запустите каждый: те же задачи, те же рабочие, меняется только дорожка возврата.</translation>
    </message>
    <message>
        <source>004 (Russian): pool.map, pool.imap, pool.imap_unordered; ProcessPoolExecutor.map from 000-002</source>
        <translation>004 (русский): pool.map, pool.imap, pool.imap_unordered; ProcessPoolExecutor.map из 000-002</translation>
    </message>
    <message>
        <source>Shared state: native threads without a lock lose updates</source>
        <translation>Общее состояние: нативные потоки без блокировки теряют обновления</translation>
    </message>
    <message>
        <source>Load counter-locked (a lock around each update): the total is right, and slower.</source>
        <translation>Загрузите counter-locked (блокировка вокруг каждого обновления): итог верный, но медленнее.</translation>
    </message>
    <message>
        <source>004 (Russian): Manager().dict(), Array; the race itself is beyond the notebooks</source>
        <translation>004 (русский): Manager().dict(), Array; сама гонка — за пределами блокнотов</translation>
    </message>
    <message>
        <source>Shared state: Python threads under the GIL</source>
        <translation>Общее состояние: потоки Python под GIL</translation>
    </message>
    <message>
        <source>The same counter on the Python runtime: two Python threads each do counter += 1 on a global, under the real GIL. On CPython 3.10 and newer no thread is switched out between the read and the write of that statement, so every update arrives; the diagnosis names the interpreter that ran. That is not a promise: a call between the read and the write, or a free-threaded build, loses updates.</source>
        <translation>Тот же счётчик в среде Python: два потока Python выполняют counter += 1 над глобальной переменной под настоящим GIL. В CPython 3.10 и новее ни один поток не переключается между чтением и записью этого оператора, поэтому доходят все обновления; диагностика называет интерпретатор, на котором шёл запуск. Это не гарантия: вызов функции между чтением и записью или сборка без GIL (free-threaded) теряют обновления.</translation>
    </message>
    <message>
        <source>Load counter-locked: a lock makes the total right everywhere, on every interpreter.</source>
        <translation>Загрузите counter-locked: с блокировкой итог верен везде, на любом интерпретаторе.</translation>
    </message>
    <message>
        <source>Shared state: processes share no memory</source>
        <translation>Общее состояние: процессы не делят память</translation>
    </message>
    <message>
        <source>The same counter in processes mode: each worker process adds to its own copy, so the caller&apos;s counter stays 0, like the notebook&apos;s empty results dict.</source>
        <translation>Тот же счётчик в режиме процессов: каждый рабочий процесс прибавляет к своей копии, поэтому счётчик вызывающей стороны остаётся 0 — как пустой словарь results в блокноте.</translation>
    </message>
    <message>
        <source>004 (Russian): results = dict() stays empty; Manager().dict(), Array</source>
        <translation>004 (русский): results = dict() остаётся пустым; Manager().dict(), Array</translation>
    </message>
    <message>
        <source>Shared state: shared memory without its lock loses updates</source>
        <translation>Общее состояние: общая память без её блокировки теряет обновления</translation>
    </message>
    <message>
        <source>Python worker processes add 1 to one multiprocessing.Value with v.value += 1. The getter and the setter each take the Value&apos;s lock, but not the pair: two processes read the same value and both write value + 1, so the total comes out short. The summary shows how many updates were lost.</source>
        <translation>Рабочие процессы Python прибавляют 1 к одному multiprocessing.Value через v.value += 1. Геттер и сеттер каждый берут блокировку Value, но не вместе: два процесса читают одно значение и оба пишут значение + 1, и итог оказывается меньше. Сводка показывает, сколько обновлений потеряно.</translation>
    </message>
    <message>
        <source>Load counter-shared-locked: with v.get_lock() around each update the total is right, and slower.</source>
        <translation>Загрузите counter-shared-locked: с v.get_lock() вокруг каждого обновления итог верный, но медленнее.</translation>
    </message>
    <message>
        <source>004 (Russian): Manager().dict(), Array</source>
        <translation>004 (русский): Manager().dict(), Array</translation>
    </message>
    <message>
        <source>Shared state: shared memory with get_lock() is right</source>
        <translation>Общее состояние: общая память с get_lock() считает верно</translation>
    </message>
    <message>
        <source>The same Value with its lock around each update (with v.get_lock(): v.value += 1): every update arrives, and each one takes longer than without the lock; the diagnosis gives the time per update.</source>
        <translation>То же Value с блокировкой вокруг каждого обновления (with v.get_lock(): v.value += 1): доходят все обновления, и каждое длится дольше, чем без блокировки; диагностика показывает время на одно обновление.</translation>
    </message>
    <message>
        <source>Load counter-manager: a Manager is right too, far slower.</source>
        <translation>Загрузите counter-manager: Manager тоже считает верно, но гораздо медленнее.</translation>
    </message>
    <message>
        <source>Shared state: a Manager is right, each update a trip to its process</source>
        <translation>Общее состояние: Manager считает верно, но каждое обновление — поход в его процесс</translation>
    </message>
    <message>
        <source>The counter lives in a Manager&apos;s own process; the workers hold proxies, so each update goes to that process and back (for the Manager&apos;s lock, the read, the write and the unlock): every update arrives, and the bars are long. The diagnosis gives the time per update: more than ten times that of shared memory with its lock.</source>
        <translation>Счётчик живёт в собственном процессе Manager; у рабочих — прокси, поэтому каждое обновление идёт в этот процесс и обратно (за блокировкой Manager, чтением, записью и снятием блокировки): доходят все обновления, а полосы длинные. Диагностика показывает время на одно обновление: больше чем в десять раз дольше, чем в общей памяти с блокировкой.</translation>
    </message>
    <message>
        <source>Load counter-shared-locked and compare the time per update.</source>
        <translation>Загрузите counter-shared-locked и сравните время на одно обновление.</translation>
    </message>
    <message>
        <source>Tiny tasks drown in dispatch overhead: chunksize</source>
        <translation>Крошечные задачи тонут в накладных расходах на раздачу: chunksize</translation>
    </message>
    <message>
        <source>A million doublings sent one at a time: the workers spend their time receiving tasks and sending results, not computing. Tasks per second is the number to watch.</source>
        <translation>Миллион удвоений, отправленных по одному: рабочие тратят время на приём задач и отправку результатов, а не на вычисления. Следите за числом задач в секунду.</translation>
    </message>
    <message>
        <source>Set chunksize to 1000 and run again: the same work, a fraction of the time.</source>
        <translation>Установите chunksize 1000 и запустите снова: та же работа за малую долю времени.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: the chunksize argument of Pool.map and Executor.map)</source>
        <translation>(за пределами учебников: аргумент chunksize у Pool.map и Executor.map)</translation>
    </message>
    <message>
        <source>A worker that dies: BrokenProcessPool</source>
        <translation>Рабочий, который умирает: BrokenProcessPool</translation>
    </message>
    <message>
        <source>The fifth task kills its worker process (native C++ workers). The run stops with an error that names the task, its input and the signal, as ProcessPoolExecutor raises BrokenProcessPool, and every result computed before it stays on screen. multiprocessing.Pool does not raise: it starts a new worker and the lost task&apos;s result never comes, so Pool.map waits for ever. The respawn-and-retry policy and the task timeout in the Run options are Corescope&apos;s own tools, not Python&apos;s.</source>
        <translation>Пятая задача убивает свой рабочий процесс (нативные рабочие C++). Запуск останавливается с ошибкой, в которой названы задача, её вход и сигнал, — так ProcessPoolExecutor выбрасывает BrokenProcessPool, — и все результаты, посчитанные до неё, остаются на экране. multiprocessing.Pool исключения не выбрасывает: он запускает нового рабочего, а результат потерянной задачи так и не приходит, поэтому Pool.map ждёт вечно. Политика «перезапустить и повторить» и тайм-аут задачи в параметрах запуска — собственные инструменты Corescope, а не Python.</translation>
    </message>
    <message>
        <source>In threads mode the same crash would take the whole program down, which is why Corescope refuses it there: threads share one process.</source>
        <translation>В режиме потоков такой же сбой уронил бы всю программу, поэтому Corescope там его и не запускает: потоки делят один процесс.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: 002 meets BrokenProcessPool when its workers cannot even load gcd)</source>
        <translation>(за пределами учебников: 002 сталкивается с BrokenProcessPool, когда рабочие не могут даже загрузить gcd)</translation>
    </message>
    <message>
        <source>A worker that dies in Python: Pool waits, the executor raises</source>
        <translation>Рабочий умирает в Python: Pool ждёт, executor выбрасывает исключение</translation>
    </message>
    <message>
        <source>The fifth task kills its worker process, in a real Python interpreter, through multiprocessing.Pool.map. Pool does not raise: it starts a new worker, and the lost task&apos;s result never comes, so Pool.map would wait for ever. Corescope sees the death (faulthandler&apos;s last words in the worker&apos;s trace), ends the pool and names the task; the results before it stay on screen.</source>
        <translation>Пятая задача убивает свой рабочий процесс, в настоящем интерпретаторе Python, через multiprocessing.Pool.map. Pool исключения не выбрасывает: он запускает нового рабочего, а результат потерянной задачи так и не приходит, поэтому Pool.map ждал бы вечно. Corescope видит смерть (последние слова faulthandler в трассе рабочего), завершает пул и называет задачу; результаты до неё остаются на экране.</translation>
    </message>
    <message>
        <source>Switch the API to ProcessPoolExecutor.map: the same death raises BrokenProcessPool at once.</source>
        <translation>Переключите API на ProcessPoolExecutor.map: та же смерть сразу выбрасывает BrokenProcessPool.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: 002 meets BrokenProcessPool from ProcessPoolExecutor)</source>
        <translation>(за пределами учебников: 002 сталкивается с BrokenProcessPool от ProcessPoolExecutor)</translation>
    </message>
    <message>
        <source>Uneven tasks leave cores idle at the end</source>
        <translation>Неравные задачи оставляют ядра без дела в конце</translation>
    </message>
    <message>
        <source>Sixty short tasks, then three of 800 ms, on two worker processes through ProcessPoolExecutor.map (chunksize 1): at the end one worker runs the last long task alone while the other has nothing left to do. The timeline&apos;s right edge shows the idle lane.</source>
        <translation>Шестьдесят коротких задач, затем три по 800 мс, на двух рабочих процессах через ProcessPoolExecutor.map (chunksize 1): в конце один рабочий выполняет последнюю длинную задачу в одиночку, а другому делать нечего. Правый край шкалы времени показывает простаивающую дорожку.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: 000&apos;s numbers take unequal times; this workload makes the tail long)</source>
        <translation>(за пределами учебников: числа из 000 считаются неодинаковое время; эта нагрузка делает хвост длинным)</translation>
    </message>
    <message>
        <source>Pool.map&apos;s default chunksize packs the long tasks together</source>
        <translation>Chunksize Pool.map по умолчанию собирает длинные задачи вместе</translation>
    </message>
    <message>
        <source>The same 63 tasks through Pool.map and its default chunksize, ceil(63 / (4 x 2)) = 8, as the Chunksize box shows. The last chunk holds four short tasks and all three 800 ms ones, so one worker runs the three one after another (2.4 s of work; longer on a busy machine) while the other has nothing left to do; and Pool.map hands every result back only at the end.</source>
        <translation>Те же 63 задачи через Pool.map и его chunksize по умолчанию, ceil(63 / (4 x 2)) = 8, как показывает поле Chunksize. В последней порции четыре короткие задачи и все три по 800 мс, поэтому один рабочий выполняет эти три одну за другой (2,4 с работы; на загруженной машине дольше), а другому делать нечего; к тому же Pool.map отдаёт все результаты только в конце.</translation>
    </message>
    <message>
        <source>Set chunksize to 1, or switch the API to Pool.imap_unordered (chunksize 1 by default): the long tasks spread over both workers and the tail shrinks to one long task or less.</source>
        <translation>Установите chunksize 1 или переключите API на Pool.imap_unordered (по умолчанию chunksize 1): длинные задачи распределятся по обоим рабочим, и хвост сократится до одной длинной задачи или меньше.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: 004 uses pool.map and pool.imap_unordered; the default chunksize is CPython&apos;s, Lib/multiprocessing/pool.py, not the notebooks&apos;)</source>
        <translation>(за пределами учебников: 004 использует pool.map и pool.imap_unordered; chunksize по умолчанию — из CPython, Lib/multiprocessing/pool.py, а не из блокнотов)</translation>
    </message>
    <message>
        <source>Memory-bound work stops scaling before the cores run out</source>
        <translation>Работа, упирающаяся в память, перестаёт масштабироваться раньше, чем кончаются ядра</translation>
    </message>
    <message>
        <source>Each task streams over a 64 MiB buffer, far larger than the caches: the workers share one memory bus, so two of them come nowhere near twice as fast as one.</source>
        <translation>Каждая задача проходит по буферу 64 МиБ, намного больше кэшей: рабочие делят одну шину памяти, поэтому двое даже близко не работают вдвое быстрее одного.</translation>
    </message>
    <message>
        <source>Sweep it against the seed primes: the compute-bound curve keeps rising, this one flattens.</source>
        <translation>Сравните серию замеров с простыми числами: кривая вычислительной задачи продолжает расти, а эта выходит на плато.</translation>
    </message>
    <message>
        <source>(beyond the notebooks)</source>
        <translation>(за пределами блокнотов)</translation>
    </message>
    <message>
        <source>Big results: processes copy them back, threads do not</source>
        <translation>Большие результаты: процессы копируют их обратно, потоки — нет</translation>
    </message>
    <message>
        <source>Each task builds a list of 400,000 ints (about 16 MB in CPython 3.11, measured here with tracemalloc) and returns it, in a real Python interpreter. A worker process cannot hand the caller its own memory: it pickles the list, sends it through a pipe, and the caller unpickles it. submit + as_completed hands each result back as soon as it arrives, so the gap between a bar&apos;s end and its tick in the &apos;handed back&apos; lane is that copy; the diagnosis gives its median.</source>
        <translation>В настоящем интерпретаторе Python каждая задача строит список из 400 000 целых чисел (около 16 МБ в CPython 3.11, измерено здесь через tracemalloc) и возвращает его. Рабочий процесс не может отдать вызывающему коду свою память: он сериализует список через pickle, отправляет по каналу (pipe), а вызывающий код его распаковывает. submit + as_completed возвращает каждый результат, как только он пришёл, поэтому промежуток между концом полосы и её отметкой на дорожке «возвращено» — это и есть копирование; диагностика показывает его медиану.</translation>
    </message>
    <message>
        <source>Switch Mode to threads and run again: Python threads hand the caller the list itself, with no copy, so the gaps are shorter and a tick can follow its bar at once. The others wait for the caller&apos;s turn at the GIL, which a thread building a list holds until the list is done.</source>
        <translation>Переключите режим на потоки и запустите снова: потоки Python передают вызывающему коду сам список, без копии, поэтому промежутки короче и отметка может идти сразу за полосой. Остальные ждут, пока вызывающий код получит GIL, а поток, строящий список, держит GIL, пока список не готов.</translation>
    </message>
    <message>
        <source>004 (Russian): a process is a full copy of the program in other memory, so results must travel back; pickling itself is beyond the notebook</source>
        <translation>004 (русский): процесс — полная копия программы в другой памяти, поэтому результаты должны вернуться обратно; сам pickle в блокноте не разбирается</translation>
    </message>
    <message>
        <source>Pool.map holds every result until the last one</source>
        <translation>Pool.map держит все результаты до последнего</translation>
    </message>
    <message>
        <source>The same 12 lists of 400,000 ints through Pool.map, in a real Python interpreter. The amber shade in the &apos;handed back&apos; lane counts the results the caller holds: ended, not yet handed to your code. Pool.map keeps every one until the last task ends, so the shade climbs to all 12 (about 190 MB of lists in CPython 3.11) before anything comes back.</source>
        <translation>Те же 12 списков по 400 000 целых чисел через Pool.map в настоящем интерпретаторе Python. Янтарная заливка на дорожке «возвращено» показывает, сколько результатов держит вызывающий код: готовы, но ещё не переданы вашему коду. Pool.map держит каждый до конца последней задачи, поэтому заливка поднимается до всех 12 (около 190 МБ списков в CPython 3.11), прежде чем что-либо вернётся.</translation>
    </message>
    <message>
        <source>Switch the API to Pool.imap and run again: each list is handed over as it comes and can be saved and dropped, so most arrive before the last task ends and the shade stays well below all 12, as the notebook advises for its 500 GB of texts.</source>
        <translation>Переключите API на Pool.imap и запустите снова: каждый список передаётся по мере готовности, его можно сохранить и выбросить, поэтому большинство приходит до конца последней задачи, а заливка остаётся намного ниже 12 — как советует блокнот для своих 500 ГБ текстов.</translation>
    </message>
    <message>
        <source>004 (Russian): pool.map is not recommended, it fills the memory; pool.imap hands results over gradually</source>
        <translation>004 (русский): pool.map не рекомендуется, он забивает память; pool.imap отдаёт результаты постепенно</translation>
    </message>
    <message>
        <source>Open the next lesson, gil-processes: the same gcd on two processes, one GIL each.</source>
        <translation>Откройте следующий урок, gil-processes: тот же gcd на двух процессах, у каждого свой GIL.</translation>
    </message>
    <message>
        <source>Each task adds 1 to one shared counter a million times on native threads (C++, no GIL), with no lock: two threads read the same value and both write value + 1, so updates are lost. The summary shows the expected and the actual total. Python threads differ: under the GIL, two threads doing c += 1 lost no update on CPython 3.11 here (the next lesson, shared-race-python), which is not a promise.</source>
        <translation>Каждая задача миллион раз прибавляет 1 к одному общему счётчику на нативных потоках (C++, без GIL), без блокировки: два потока читают одно и то же значение и оба записывают значение + 1, и обновления теряются. В сводке — ожидаемый и фактический итог. С потоками Python иначе: под GIL два потока, выполняющие c += 1, здесь, на CPython 3.11, не потеряли ни одного обновления (следующий урок, shared-race-python), но это не гарантия.</translation>
    </message>
    <message>
        <source>Load counter-shared-locked (the counter in memory shared with the workers, a lock around each update): right again. The next lessons, shared-memory-race and shared-memory-locked, show it in Python.</source>
        <translation>Загрузите counter-shared-locked (счётчик в памяти, общей с рабочими, блокировка вокруг каждого обновления): снова верно. Следующие уроки, shared-memory-race и shared-memory-locked, показывают это в Python.</translation>
    </message>
    <message>
        <source>Try more workers: the long tasks still set the end of the run. Then the next lesson, uneven-poolmap: the same tasks through Pool.map and its default chunksize.</source>
        <translation>Попробуйте больше рабочих: конец запуска всё равно определяют длинные задачи. Затем следующий урок, uneven-poolmap: те же задачи через Pool.map и его chunksize по умолчанию.</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>Broken pool</source>
        <translation>Сломанный пул</translation>
    </message>
    <message>
        <source>Seven 200 ms tasks where the fifth kills its worker process (SIGSEGV): the run fails naming that task, and results already computed are kept</source>
        <translation>Семь задач по 200 мс, пятая из которых убивает свой рабочий процесс (SIGSEGV): запуск завершается ошибкой с именем этой задачи, уже посчитанные результаты сохраняются</translation>
    </message>
    <message>
        <source>Shared counter, locked</source>
        <translation>Общий счётчик с блокировкой</translation>
    </message>
    <message>
        <source>The same counter with a lock around each update: right in threads; in processes each worker adds to its own copy and the caller&apos;s total stays 0</source>
        <translation>Тот же счётчик с блокировкой вокруг каждого обновления: в потоках верно; в процессах каждый рабочий прибавляет к своей копии, и итог вызывающей стороны остаётся 0</translation>
    </message>
    <message>
        <source>Shared counter through a Manager</source>
        <translation>Общий счётчик через Manager</translation>
    </message>
    <message>
        <source>The counter lives in a multiprocessing Manager&apos;s process: every update is a round trip to it through a proxy, right and slow (Python runtime only)</source>
        <translation>Счётчик живёт в процессе multiprocessing Manager: каждое обновление — поход туда и обратно через прокси, верно и медленно (только среда Python)</translation>
    </message>
    <message>
        <source>Shared counter, no lock</source>
        <translation>Общий счётчик без блокировки</translation>
    </message>
    <message>
        <source>Shared counter, shared memory with its lock</source>
        <translation>Общий счётчик: общая память с её блокировкой</translation>
    </message>
    <message>
        <source>The same shared counter with a lock around each update (with v.get_lock(): v.value += 1): every update arrives, and it is slower</source>
        <translation>Тот же общий счётчик с блокировкой вокруг каждого обновления (with v.get_lock(): v.value += 1): доходят все обновления, и это медленнее</translation>
    </message>
    <message>
        <source>Shared counter, shared memory without the lock</source>
        <translation>Общий счётчик: общая память без блокировки</translation>
    </message>
    <message>
        <source>Eight tasks add 1 to one counter in memory shared with the worker processes, read then write, no lock (v.value += 1 on a multiprocessing.Value): updates get lost and the total comes out short (natively, only when both workers run at once)</source>
        <translation>Восемь задач прибавляют 1 к одному счётчику в памяти, общей с рабочими процессами, читая и затем записывая без блокировки (v.value += 1 над multiprocessing.Value): обновления теряются, и итог меньше (нативно — только когда оба рабочих работают одновременно)</translation>
    </message>
    <message>
        <source>Sleeping doubler, reversed</source>
        <translation>Спящий удвоитель, обратный</translation>
    </message>
    <message>
        <source>The imap_unordered example: doubling 1, 2 and 3 after sleeping 3 - n seconds, so the first input finishes last; as completed hands back 6, 4, 2, ordered stream holds all behind the first</source>
        <translation>Пример imap_unordered: удвоение 1, 2 и 3 после сна 3 - n секунд, поэтому первый вход заканчивается последним; «по мере готовности» отдаёт 6, 4, 2, упорядоченный поток держит всё за первым</translation>
    </message>
    <message>
        <source>Sleeping doubler</source>
        <translation>Спящий удвоитель</translation>
    </message>
    <message>
        <source>The imap example: doubling 1, 2 and 3 after sleeping that many seconds; ordered batch hands all back at 3 s, ordered stream at 1, 2 and 3 s</source>
        <translation>Пример imap: удвоение 1, 2 и 3 после сна столько же секунд; упорядоченный пакет отдаёт всё на 3 с, упорядоченный поток — на 1, 2 и 3 с</translation>
    </message>
    <message>
        <source>Doubler</source>
        <translation>Удвоитель</translation>
    </message>
    <message>
        <source>x -&gt; 2x over [5, 10, 15, 20, 25] from the teaching material: tasks so small that starting the workers is the whole cost</source>
        <translation>x -&gt; 2x для [5, 10, 15, 20, 25] из учебного материала: задачи настолько малы, что вся стоимость — в запуске рабочих</translation>
    </message>
    <message>
        <source>Naive gcd (4 pairs)</source>
        <translation>Наивный gcd (4 пары)</translation>
    </message>
    <message>
        <source>Counting-down gcd of the 4 pairs from the teaching material: 2 threads under the GIL gain nothing, 2 processes nearly halve the time</source>
        <translation>gcd с отсчётом вниз для 4 пар из учебного материала: 2 потока под GIL ничего не выигрывают, 2 процесса почти вдвое сокращают время</translation>
    </message>
    <message>
        <source>Waiting tasks</source>
        <translation>Ожидающие задачи</translation>
    </message>
    <message>
        <source>Twenty tasks that each wait 200 ms, like I/O: threads overlap the waits even under the GIL, and the CPU stays idle</source>
        <translation>Двадцать задач, каждая ждёт 200 мс, как при вводе-выводе: потоки совмещают ожидания даже под GIL, а процессор простаивает</translation>
    </message>
    <message>
        <source>Memory-bound sweep</source>
        <translation>Проход по памяти</translation>
    </message>
    <message>
        <source>16 tasks of 8 streaming passes over a 64 MiB buffer per worker: memory bandwidth runs out before the cores do, so the speedup flattens early</source>
        <translation>16 задач по 8 потоковых проходов по буферу 64 МиБ на рабочего: пропускная способность памяти кончается раньше ядер, и ускорение рано выходит на плато</translation>
    </message>
    <message>
        <source>Seed primes (50), your own Python</source>
        <translation>Простые числа (50), свой Python</translation>
    </message>
    <message>
        <source>The Korean notebook&apos;s is_prime in a file of your own (primes.py beside this workload), run by CPython itself on the notebook&apos;s NUMS: the Python runtime imports the file by module name, as a spawned worker would</source>
        <translation>is_prime из корейского блокнота в вашем собственном файле (primes.py рядом с этой нагрузкой), который сам CPython выполняет на NUMS из блокнота: среда Python импортирует файл по имени модуля, как это сделал бы рабочий, запущенный через spawn</translation>
    </message>
    <message>
        <source>Seed primes (50)</source>
        <translation>Простые числа (50)</translation>
    </message>
    <message>
        <source>Trial-division primality of the 50 integers near 1e14..1e15 from the teaching material: pure CPU work that scales with processes and native threads, but not with threads under the GIL</source>
        <translation>Проверка простоты делением для 50 целых около 1e14..1e15 из учебного материала: чистая нагрузка на процессор, которая масштабируется процессами и нативными потоками, но не потоками под GIL</translation>
    </message>
    <message>
        <source>Seed primes (6), defined in a notebook</source>
        <translation>Простые числа (6), определённые в блокноте</translation>
    </message>
    <message>
        <source>is_prime defined in the program&apos;s __main__, as a notebook cell defines it: forked workers inherit it, spawned ones cannot find it and the pool breaks before any result (tutorial 002; Python runtime only)</source>
        <translation>is_prime определена в __main__ программы, как в ячейке блокнота: рабочие, запущенные через fork, её наследуют, запущенные через spawn — не находят, и пул ломается до первого результата (учебник 002; только среда Python)</translation>
    </message>
    <message>
        <source>Seed primes (6)</source>
        <translation>Простые числа (6)</translation>
    </message>
    <message>
        <source>The six is_prime inputs of the Korean notebook (five primes and one composite): a short CPU-bound run, serial against a pool</source>
        <translation>Шесть входов is_prime из корейского блокнота (пять простых и одно составное): короткий вычислительный запуск, последовательно против пула</translation>
    </message>
    <message>
        <source>Summation loop (10)</source>
        <translation>Цикл суммирования (10)</translation>
    </message>
    <message>
        <source>The seed&apos;s &quot;factorial&quot; (1 + 1 + 2 + ... + n by a loop) over 10 inputs near 1e7: ten equal CPU-bound tasks, one per process or through a pool</source>
        <translation>«factorial» из учебного материала (1 + 1 + 2 + ... + n циклом) для 10 входов около 1e7: десять одинаковых вычислительных задач, по одной на процесс или через пул</translation>
    </message>
    <message>
        <source>Many tiny tasks</source>
        <translation>Много крошечных задач</translation>
    </message>
    <message>
        <source>A million doublings of 5: per-task dispatch overhead swamps the work until chunksize sends tasks in batches</source>
        <translation>Миллион удвоений пятёрки: накладные расходы на раздачу каждой задачи перекрывают работу, пока chunksize не начнёт отправлять задачи пачками</translation>
    </message>
    <message>
        <source>Uneven tasks</source>
        <translation>Неравные задачи</translation>
    </message>
    <message>
        <source>60 busy tasks of 20 to 60 ms followed by three of 800 ms: the long tail leaves cores idle at the end of the run</source>
        <translation>60 задач по 20-60 мс, за ними три по 800 мс: длинный хвост оставляет ядра без дела в конце запуска</translation>
    </message>
    <message>
        <source>Big results</source>
        <translation>Большие результаты</translation>
    </message>
    <message>
        <source>Each task builds a list of 400,000 numbers and hands it back, as tutorial 004&apos;s text-processing example hands back whole texts: threads share the list with the caller, processes pickle it, send it through a pipe and unpickle it</source>
        <translation>Каждая задача строит список из 400 000 чисел и возвращает его, как пример из урока 004 возвращает тексты целиком: потоки делят список с вызывающим кодом, процессы сериализуют его через pickle, пересылают по каналу и распаковывают</translation>
    </message>
    <message>
        <source>Eight tasks each add 1 to one shared counter a million times without a lock: native threads lose updates, and the total comes out short (Python threads on CPython 3.10 and newer happen not to: the run says which)</source>
        <translation>Восемь задач по миллиону раз прибавляют 1 к одному общему счётчику без блокировки: нативные потоки теряют обновления, и сумма выходит меньше (потоки Python на CPython 3.10 и новее их не теряют — по случайности, а не по обещанию: запуск покажет)</translation>
    </message>
</context>
<context>
    <name>corescope::Diagnosis</name>
    <message>
        <source>speedup %1x over the serial run on %2 worker (efficiency %3)</source>
        <translation>ускорение %1x относительно последовательного запуска на %2 рабочем (эффективность %3)</translation>
    </message>
    <message>
        <source>speedup %1x over the serial run on %2 workers (efficiency %3)</source>
        <translation>ускорение %1x относительно последовательного запуска на %2 рабочих (эффективность %3)</translation>
    </message>
    <message>
        <source>Python threads spent %1 of their tasks&apos; time off the CPU, waiting for the GIL or for the OS (a sleep, I/O, a core busy elsewhere)</source>
        <translation>потоки Python провели %1 времени своих задач вне процессора, ожидая GIL или ОС (sleep, ввод-вывод, ядро, занятое другим)</translation>
    </message>
    <message>
        <source>worker start-up was %1 of the run (%2, %3 processes started): reuse a pool instead of a new process per task</source>
        <translation>запуск рабочих занял %1 времени (%2, запущено процессов: %3): используйте пул повторно вместо нового процесса на каждую задачу</translation>
    </message>
    <message>
        <source>worker start-up was %1 of the run (%2): a pool pays it once, so keep the pool for more work, or start fewer workers that live longer</source>
        <translation>запуск рабочих занял %1 времени (%2): пул платит эту цену один раз, поэтому давайте пулу больше работы или запускайте меньше рабочих, которые живут дольше</translation>
    </message>
    <message>
        <source>tasks take %1 each, but %2 of the workers&apos; time went to handing them out: raise chunksize (now %3)</source>
        <translation>задача длится %1, но %2 времени рабочих ушло на их раздачу: увеличьте chunksize (сейчас %3)</translation>
    </message>
    <message>
        <source>tasks take %1 each, but %2 of the workers&apos; time went to handing them out: raise chunksize (now %3, the API&apos;s default)</source>
        <translation>задача длится %1, но %2 времени рабочих ушло на их раздачу: увеличьте chunksize (сейчас %3, значение API по умолчанию)</translation>
    </message>
    <message>
        <source>%1 workers on %2 core: the extra workers only take turns</source>
        <translation>%1 рабочих на %2 ядре: лишние рабочие лишь ждут своей очереди</translation>
    </message>
    <message>
        <source>%1 workers on %2 cores: the extra workers only take turns</source>
        <translation>%1 рабочих на %2 ядрах: лишние рабочие лишь ждут своей очереди</translation>
    </message>
    <message>
        <source>memory-bound: the workers streamed %1 GB/s together, and cores wait on memory: each task took %2x as long as in the serial run</source>
        <translation>упор в память: рабочие вместе прокачивали %1 ГБ/с, и ядра ждут память: каждая задача длилась в %2x дольше, чем при последовательном запуске</translation>
    </message>
    <message>
        <source>these tasks ran as native C++ kernels: in the last Python run of this workload (%1) each task computed %2x as long (%3 in Python against %4 in C++)</source>
        <translation>эти задачи выполнялись нативными ядрами C++: в последнем запуске этой нагрузки в Python (%1) каждая задача считала в %2x дольше (%3 в Python против %4 в C++)</translation>
    </message>
    <message>
        <source>each task computed %2x as long here as in the last native run of this workload (%1; %3 in Python against %4 in C++)</source>
        <translation>здесь каждая задача считала в %2x дольше, чем в последнем нативном запуске этой нагрузки (%1; %3 в Python против %4 в C++)</translation>
    </message>
    <message>
        <source>each result reached the caller %1 after its task ended (median): the worker process pickles it, sends it through a pipe, and the caller unpickles it; threads would hand over the object itself</source>
        <translation>каждый результат дошёл до вызывающего кода через %1 после конца задачи (медиана): рабочий процесс сериализует его через pickle, отправляет по каналу, а вызывающий код распаковывает; потоки передали бы сам объект</translation>
    </message>
    <message>
        <source>%1 held all %2 results until the last task ended, then handed them back together: the caller&apos;s memory holds every result at once (imap and imap_unordered hand each over as it comes)</source>
        <translation>%1 держал все %2 результатов до конца последней задачи, а затем вернул их разом: память вызывающего кода хранит все результаты одновременно (imap и imap_unordered отдают каждый по мере готовности)</translation>
    </message>
    <message>
        <source>MPI message passing: the ranks spent %1 per task outside their tasks (%2 of their time: each chunk travels through rank 0 and back), and the MPI job took %3 to start (mpirun started until the last rank was ready)</source>
        <translation>Передача сообщений MPI: ранги тратили %1 на задачу вне своих задач (%2 их времени: каждая порция идёт через ранг 0 и обратно), а запуск задания MPI занял %3 (от старта mpirun до готовности последнего ранга)</translation>
    </message>
    <message>
        <source>tasks take %1 each, but %2 of the workers&apos; time went to handing them out: %3 hands out one task at a time whatever the chunksize, so give each task more work, or use an API that sends chunks</source>
        <translation>задача длится %1, но %2 времени рабочих ушло на их раздачу: %3 раздаёт задачи по одной при любом chunksize, так что дайте каждой задаче больше работы или возьмите API, который отправляет пачками</translation>
    </message>
    <message>
        <source>Python worker processes spent %1 of their tasks&apos; time off the CPU, waiting for the OS (a sleep, I/O, a core busy elsewhere); each process has a GIL of its own, so none of it is a GIL wait</source>
        <translation>рабочие процессы Python провели %1 времени своих задач вне процессора, ожидая ОС (sleep, ввод-вывод, ядро, занятое другим); у каждого процесса свой GIL, так что это не ожидание GIL</translation>
    </message>
    <message>
        <source>native threads waited for the emulated GIL %1 of the time: it lets one thread run at a time, as CPython&apos;s GIL lets one thread run Python code</source>
        <translation>нативные потоки ждали эмулированный GIL %1 времени: он пускает считать один поток за раз, как GIL CPython пускает выполнять код Python один поток</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle: uneven tasks, and it started %3 of its tasks then, handed to it in a chunk (chunksize %4) that no idle worker could take; a smaller chunksize spreads the long ones out</source>
        <translation>последние %1 (%2 запуска) работал один рабочий, а остальной пул простаивал: задачи неравные, и в это время он начал своих задач: %3 — они пришли к нему порцией (chunksize %4), которую свободные рабочие забрать не могли; меньший chunksize распределит длинные задачи</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle: it started %3 of its tasks then, handed to it in a chunk (chunksize %4) that no idle worker could take; a smaller chunksize shares the end out</source>
        <translation>последние %1 (%2 запуска) работал один рабочий, а остальной пул простаивал: в это время он начал своих задач: %3 — они пришли к нему порцией (chunksize %4), которую свободные рабочие забрать не могли; меньший chunksize разделит конец между рабочими</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle: uneven tasks</source>
        <translation>последние %1 (%2 запуска) работал один рабочий, а остальной пул простаивал: задачи неравные</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle, with no task left for it: its last tasks took up to %3, the median task %4</source>
        <translation>последние %1 (%2 запуска) работал один рабочий, а остальному пулу не осталось задач: его последние задачи шли до %3, медианная задача — %4</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle, with no task left for it: it got its last tasks later than the others, not longer ones (they took up to %3, the median task %4)</source>
        <translation>последние %1 (%2 запуска) работал один рабочий, а остальному пулу не осталось задач: свои последние задачи он получил позже остальных, а не длиннее их (они шли до %3, медианная задача — %4)</translation>
    </message>
</context>
<context>
    <name>corescope::Engine</name>
    <message>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>is a directory, not a workload file</source>
        <translation>это папка, а не файл нагрузки</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>неверный JSON: %1</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>нет обязательного поля</translation>
    </message>
    <message>
        <source>unknown field%1; %2 takes %3</source>
        <translation>неизвестное поле%1; %2 принимает %3</translation>
    </message>
    <message>
        <source>the workload has no tasks: the list is empty</source>
        <translation>в нагрузке нет задач: список пуст</translation>
    </message>
    <message>
        <source>workers must be between 1 and %1, got %2</source>
        <translation>число рабочих должно быть от 1 до %1, получено %2</translation>
    </message>
    <message>
        <source>chunksize must be between 0 (the API&apos;s default) and %1, got %2</source>
        <translation>chunksize должен быть от 0 (по умолчанию для API) до %1, получено %2</translation>
    </message>
    <message>
        <source>sample rate must be between 0 and %1 Hz, got %2</source>
        <translation>частота замеров должна быть от 0 до %1 Гц, получено %2</translation>
    </message>
    <message>
        <source>GIL switch interval must be between 0 and 1000 ms, got %1</source>
        <translation>интервал переключения GIL должен быть от 0 до 1000 мс, получено %1</translation>
    </message>
    <message>
        <source>task timeout must be between 0 (off) and %1 ms, got %2</source>
        <translation>тайм-аут задачи должен быть от 0 (выкл.) до %1 мс, получено %2</translation>
    </message>
    <message>
        <source>No Python interpreter found: looked for python3 on PATH. Install Python 3.9 or newer (Debian: apt-get install python3), or give its path (--python PATH).</source>
        <translation>Интерпретатор Python не найден: python3 в PATH нет. Установите Python 3.9 или новее (Debian: apt-get install python3) или укажите путь к нему (--python ПУТЬ).</translation>
    </message>
    <message>
        <source>The Python interpreter &quot;%1&quot; cannot be run: %2. Install Python 3.9 or newer (Debian: apt-get install python3), or give another path (--python PATH).</source>
        <translation>Интерпретатор Python «%1» не запускается: %2. Установите Python 3.9 или новее (Debian: apt-get install python3) или укажите другой путь (--python ПУТЬ).</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got &quot;%3&quot;</source>
        <translation>нужно целое число от %1 до %2, получено &quot;%3&quot;</translation>
    </message>
    <message>
        <source>scale must be between 0.1 and 100 (the work per task, multiplied), got %1</source>
        <translation>масштаб должен быть от 0.1 до 100 (множитель работы на задачу), получено %1</translation>
    </message>
    <message>
        <source>the workload &quot;%1&quot; has no tasks</source>
        <translation>в нагрузке «%1» нет задач</translation>
    </message>
    <message>
        <source>the workload &quot;%1&quot; has %2 tasks, more than the limit of %3 per run (every task keeps a trace record)</source>
        <translation>в нагрузке «%1» задач: %2, больше предела в %3 на запуск (каждая задача хранит запись трассы)</translation>
    </message>
    <message>
        <source>the mem_sweep kernel needs %1 MiB per worker x %2 = %3 MiB, more than half of this machine&apos;s memory (%4 MiB): lower buffer_mib or the workers</source>
        <translation>ядру mem_sweep нужно %1 МиБ на рабочего x %2 = %3 МиБ, больше половины памяти этой машины (%4 МиБ): уменьшите buffer_mib или число рабочих</translation>
    </message>
    <message>
        <source>the workload &quot;%1&quot; runs your own Python function (%2: %3): only the Python runtime runs it (--runtime python, or Runtime: Python in the window)</source>
        <translation>нагрузка «%1» выполняет вашу собственную функцию Python (%2: %3): её выполняет только среда Python (--runtime python или «Среда: Python» в окне)</translation>
    </message>
    <message>
        <source>the workload &quot;%1&quot; has params.sync &quot;%2&quot;: a multiprocessing Manager is Python&apos;s, and only the Python runtime runs it (--runtime python, or Runtime: Python in the window)</source>
        <translation>у нагрузки «%1» params.sync = «%2»: Manager из multiprocessing принадлежит Python, и выполнить его может только среда Python (--runtime python или «Среда: Python» в окне)</translation>
    </message>
    <message>
        <source>the %1 kernel kills the process that runs it. In %2 mode that process is Corescope itself: one crashing thread takes the whole program down, which is why Python&apos;s threads can&apos;t survive it either. Run it in processes mode, where only a worker dies and the pool reports it.</source>
        <translation>ядро %1 убивает процесс, который его выполняет. В режиме %2 этот процесс — сам Corescope: один падающий поток роняет всю программу, поэтому и потоки Python не могут это пережить. Запустите его в режиме процессов, где умирает только рабочий, а пул сообщает об этом.</translation>
    </message>
    <message>
        <source>MPI ranks need Open MPI, and this Corescope was built without it: install it (sudo apt-get install openmpi-bin libopenmpi-dev) and build Corescope again.</source>
        <translation>Рангам MPI нужен Open MPI, а этот Corescope собран без него: установите его (sudo apt-get install openmpi-bin libopenmpi-dev) и соберите Corescope заново.</translation>
    </message>
    <message>
        <source>MPI ranks need Open MPI&apos;s mpirun, which is not on PATH: install it (sudo apt-get install openmpi-bin) or name it with --mpirun.</source>
        <translation>Рангам MPI нужен mpirun из Open MPI, а его нет в PATH: установите его (sudo apt-get install openmpi-bin) или укажите через --mpirun.</translation>
    </message>
    <message>
        <source>the shared_counter kernel&apos;s counter in shared memory cannot span MPI ranks (they may be on other hosts): use processes mode</source>
        <translation>счётчик ядра shared_counter в общей памяти не может охватить ранги MPI (они могут быть на других узлах): используйте режим процессов</translation>
    </message>
    <message>
        <source>MPI ranks are started once per run: a new process per task is the process pool&apos;s option</source>
        <translation>ранги MPI запускаются один раз на запуск: новый процесс на задачу — это опция пула процессов</translation>
    </message>
    <message>
        <source>MPI ranks cannot be replaced during a run: a dead rank fails it (--on-worker-death respawn is the process pool&apos;s option)</source>
        <translation>ранги MPI нельзя заменить во время запуска: умерший ранг проваливает запуск (--on-worker-death respawn — опция пула процессов)</translation>
    </message>
    <message>
        <source>Python&apos;s MPI ranks run through mpi4py&apos;s MPIPoolExecutor, which has executor.map and submit.as_completed but not %1: choose one of those two APIs</source>
        <translation>MPI-ранги Python работают через MPIPoolExecutor из mpi4py, у которого есть executor.map и submit.as_completed, но нет %1: выберите один из этих двух API</translation>
    </message>
    <message>
        <source>Python&apos;s MPI ranks need mpi4py, which the interpreter %1 (Python %2) lacks: install it (Debian: apt-get install python3-mpi4py, for /usr/bin/python3), or name an interpreter that has it (--python PATH).</source>
        <translation>MPI-рангам Python нужен mpi4py, которого нет у интерпретатора %1 (Python %2): установите его (Debian: apt-get install python3-mpi4py, для /usr/bin/python3) или укажите интерпретатор, в котором он есть (--python ПУТЬ).</translation>
    </message>
    <message>
        <source>the shared_counter kernel&apos;s multiprocessing Manager serves the processes of one pool: MPI ranks (perhaps on other hosts) cannot reach it; use processes mode</source>
        <translation>Manager из multiprocessing в ядре shared_counter обслуживает процессы одного пула: MPI-ранги (возможно, на других хостах) не могут до него дотянуться; используйте режим processes</translation>
    </message>
    <message>
        <source>the %1 kernel kills the process that runs it, so every run of a sweep would fail (a native serial run, such as a sweep&apos;s baseline, would be Corescope itself). Run it once instead, in processes mode, to see the pool report its dead worker.</source>
        <translation>ядро %1 убивает процесс, который его выполняет: каждый запуск серии упал бы (нативный последовательный запуск, как базовый запуск серии, был бы самим Corescope). Запустите его один раз, в режиме процессов, и пул сообщит о погибшем рабочем.</translation>
    </message>
    <message>
        <source>%1 result(s) differ from &quot;expected&quot;; first: task %2 (input %3) returned a value Corescope does not keep (it keeps an int from 0 to 2^64-1, a bool, None or a list of ints), expected %4</source>
        <translation>результатов, отличных от &quot;expected&quot;: %1; первый: задача %2 (вход %3) вернула значение, которое Corescope не хранит (он хранит int от 0 до 2^64-1, bool, None или список int), ожидалось %4</translation>
    </message>
    <message>
        <source>%1 result(s) differ from &quot;expected&quot;; first: task %2 (input %3) returned %4, expected %5</source>
        <translation>результатов, отличных от &quot;expected&quot;: %1; первый: задача %2 (вход %3) вернула %4, ожидалось %5</translation>
    </message>
    <message>
        <source>task %1 (input %2) failed: %3</source>
        <translation>задача %1 (вход %2) не удалась: %3</translation>
    </message>
    <message>
        <source>it raised %1</source>
        <translation>она выбросила %1</translation>
    </message>
    <message>
        <source>task %1 (input %2) timed out after %3 ms: Corescope ended the Python run</source>
        <translation>задача %1 (вход %2) не уложилась в %3 мс: Corescope остановил запуск Python</translation>
    </message>
    <message>
        <source>Python raised %1 (the workers&apos; last words: %2)</source>
        <translation>Python выбросил %1 (последние слова рабочих: %2)</translation>
    </message>
    <message>
        <source>Python raised %1</source>
        <translation>Python выбросил %1</translation>
    </message>
    <message>
        <source>%1 worker processes died before they were ready, and the pool starts another each time (multiprocessing.Pool does, forever): Corescope ended the run (their last words: %2)</source>
        <translation>рабочих процессов погибло до готовности: %1, а пул каждый раз запускает новый (multiprocessing.Pool делает так бесконечно): Corescope остановил запуск (их последние слова: %2)</translation>
    </message>
    <message>
        <source>%1 worker processes died before they were ready, and the pool starts another each time (multiprocessing.Pool does, forever): Corescope ended the run</source>
        <translation>рабочих процессов погибло до готовности: %1, а пул каждый раз запускает новый (multiprocessing.Pool делает так бесконечно): Corescope остановил запуск</translation>
    </message>
    <message>
        <source>the run ended before every task finished</source>
        <translation>запуск закончился раньше, чем все задачи завершились</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>ожидалось: %1, а здесь %2</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>символ %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>неотрицательное целое число</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>положительное целое число</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>an integer or null</source>
        <translation>целое число или null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>непустая строка</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>строка или null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>an empty object</source>
        <translation>пустой объект</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>пустой список</translation>
    </message>
    <message>
        <source>a list of 1 element</source>
        <translation>список из 1 элемента</translation>
    </message>
    <message>
        <source>a list of %1 elements</source>
        <translation>список из %1 элементов</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>ключ в двойных кавычках</translation>
    </message>
    <message>
        <source>no such file, and no shipped workload has this id or name; shipped: %1</source>
        <translation>такого файла нет, и ни у одной поставляемой нагрузки нет такого id или имени; поставляемые: %1</translation>
    </message>
    <message>
        <source>has %1 results but the workload has %2 tasks</source>
        <translation>результатов: %1, а задач в нагрузке: %2</translation>
    </message>
    <message>
        <source>has %1 results but the workload has 1 task</source>
        <translation>результатов: %1, а задача в нагрузке одна</translation>
    </message>
    <message>
        <source>has 1 result but the workload has %1 tasks</source>
        <translation>результат один, а задач в нагрузке: %1</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>должно быть одной строкой без управляющих символов</translation>
    </message>
    <message>
        <source>give either a kernel or your own Python function, not both</source>
        <translation>укажите либо ядро, либо свою функцию Python, но не то и другое</translation>
    </message>
    <message>
        <source>unknown field%1; expected %2</source>
        <translation>неизвестное поле%1; допустимые поля: %2</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>нет такого файла: %1</translation>
    </message>
    <message>
        <source>%1 is above the largest supported integer, %2</source>
        <translation>%1 больше наибольшего поддерживаемого целого числа, %2</translation>
    </message>
    <message>
        <source>%1 is above 2^53, the largest integer a JSON number holds exactly; write it as a decimal string: &quot;%2&quot;</source>
        <translation>%1 больше 2^53, наибольшего целого, которое число JSON хранит точно; запишите его десятичной строкой: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is above the %2 kernel&apos;s limit of %3</source>
        <translation>%1 больше предела ядра %2, равного %3</translation>
    </message>
    <message>
        <source>unknown parameter: the %1 kernel takes no parameters</source>
        <translation>неизвестный параметр: ядро %1 не принимает параметров</translation>
    </message>
    <message>
        <source>unknown parameter%1; the %2 kernel takes %3</source>
        <translation>неизвестный параметр%1; ядро %2 принимает %3</translation>
    </message>
    <message>
        <source>%1 tasks is more than the limit of %2 per workload (every task keeps a trace record)</source>
        <translation>задач: %1, больше предела в %2 на нагрузку (каждая задача хранит запись трассы)</translation>
    </message>
    <message>
        <source>unknown generator%1; expected &quot;range&quot; or &quot;repeat&quot;</source>
        <translation>неизвестный генератор%1; допустимы &quot;range&quot; или &quot;repeat&quot;</translation>
    </message>
    <message>
        <source>only one generator is allowed, &quot;range&quot; or &quot;repeat&quot;</source>
        <translation>допустим только один генератор, &quot;range&quot; или &quot;repeat&quot;</translation>
    </message>
    <message>
        <source>a range gives single integers, but %1 takes pairs [a, b]: list the pairs instead</source>
        <translation>диапазон даёт отдельные целые числа, а %1 принимает пары [a, b]: перечислите пары списком</translation>
    </message>
    <message>
        <source>the range is empty (stop %1 is not above start %2): the workload has no tasks</source>
        <translation>диапазон пуст (stop %1 не больше start %2): в нагрузке нет задач</translation>
    </message>
    <message>
        <source>the range reaches %1, above the %2 kernel&apos;s limit of %3</source>
        <translation>диапазон доходит до %1, выше предела ядра %2, равного %3</translation>
    </message>
    <message>
        <source>the workload has no tasks: count is 0</source>
        <translation>в нагрузке нет задач: count равен 0</translation>
    </message>
    <message>
        <source>too large: more than %1 values (inputs and expected results together); describe large workloads with a &quot;range&quot; or &quot;repeat&quot; generator</source>
        <translation>слишком большой файл: больше %1 значений (входы и ожидаемые результаты вместе); большие нагрузки описывайте генератором &quot;range&quot; или &quot;repeat&quot;</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (может быть, %1?)</translation>
    </message>
    <message>
        <source>empty input: expected a JSON value</source>
        <translation>пустой ввод: нужно значение JSON</translation>
    </message>
    <message>
        <source>unexpected end of input: the list opened at %1 is not closed (truncated file?)</source>
        <translation>неожиданный конец ввода: список, открытый в %1, не закрыт (файл обрезан?)</translation>
    </message>
    <message>
        <source>unexpected end of input: the object opened at %1 is not closed (truncated file?)</source>
        <translation>неожиданный конец ввода: объект, открытый в %1, не закрыт (файл обрезан?)</translation>
    </message>
    <message>
        <source>unexpected end of input (truncated file?)</source>
        <translation>неожиданный конец ввода (файл обрезан?)</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>в JSON нельзя писать комментарии</translation>
    </message>
    <message>
        <source>trailing data after the JSON value: %1</source>
        <translation>лишние данные после значения JSON: %1</translation>
    </message>
    <message>
        <source>more than %1 values in one document (the limit bounds memory use)</source>
        <translation>больше %1 значений в одном документе (предел ограничивает расход памяти)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>вложенность глубже %1 уровней</translation>
    </message>
    <message>
        <source>trailing commas are not allowed</source>
        <translation>висячие запятые не допускаются</translation>
    </message>
    <message>
        <source>duplicate key %1 (first at %2)</source>
        <translation>повторяющийся ключ %1 (впервые в %2)</translation>
    </message>
    <message>
        <source>keys need double quotes, not single quotes</source>
        <translation>ключи пишутся в двойных кавычках, не в одинарных</translation>
    </message>
    <message>
        <source>strings need double quotes, not single quotes</source>
        <translation>строки пишутся в двойных кавычках, не в одинарных</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate in a \u escape</source>
        <translation>непарный суррогат UTF-16 в экранировании \u</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string: %1 after &apos;\&apos;</source>
        <translation>неверная экранирующая последовательность в строке: %1 после &apos;\&apos;</translation>
    </message>
    <message>
        <source>unterminated string: a line break comes before the closing quote</source>
        <translation>незакрытая строка: перевод строки стоит раньше закрывающей кавычки</translation>
    </message>
    <message>
        <source>NUL byte in a string (is this a binary file?)</source>
        <translation>байт NUL в строке (это двоичный файл?)</translation>
    </message>
    <message>
        <source>control byte %1 in a string must be written as a \u escape</source>
        <translation>управляющий байт %1 в строке нужно записать экранированием \u</translation>
    </message>
    <message>
        <source>byte %1 in a string is not valid UTF-8 (is this a binary file?)</source>
        <translation>байт %1 в строке не является корректным UTF-8 (это двоичный файл?)</translation>
    </message>
    <message>
        <source>invalid number: %1</source>
        <translation>неверное число: %1</translation>
    </message>
    <message>
        <source>leading zeros are not allowed</source>
        <translation>ведущие нули не допускаются</translation>
    </message>
    <message>
        <source>unexpected word &apos;%1&apos; (JSON&apos;s literals are true, false and null; strings need double quotes)</source>
        <translation>неожиданное слово &apos;%1&apos; (литералы JSON: true, false и null; строки пишутся в двойных кавычках)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>value %1 out of range (%2 to %3)</source>
        <translation>значение %1 вне диапазона (от %2 до %3)</translation>
    </message>
    <message>
        <source>a workload object {&quot;name&quot;: ..., &quot;kernel&quot;: ..., &quot;inputs&quot;: ...}</source>
        <translation>объект нагрузки {&quot;name&quot;: ..., &quot;kernel&quot;: ..., &quot;inputs&quot;: ...}</translation>
    </message>
    <message>
        <source>a kernel name (one of %1)</source>
        <translation>имя ядра (одно из: %1)</translation>
    </message>
    <message>
        <source>an object {&quot;file&quot;: &quot;primes.py&quot;, &quot;function&quot;: &quot;is_prime&quot;}</source>
        <translation>объект {&quot;file&quot;: &quot;primes.py&quot;, &quot;function&quot;: &quot;is_prime&quot;}</translation>
    </message>
    <message>
        <source>a file name such as &quot;primes.py&quot;</source>
        <translation>имя файла, например &quot;primes.py&quot;</translation>
    </message>
    <message>
        <source>a Python file (.py)</source>
        <translation>файл Python (.py)</translation>
    </message>
    <message>
        <source>the name of a function in %1</source>
        <translation>имя функции из %1</translation>
    </message>
    <message>
        <source>true (the function is defined in __main__, as in a notebook) or false</source>
        <translation>true (функция определена в __main__, как в блокноте) или false</translation>
    </message>
    <message>
        <source>a pair [a, b] of non-negative integers (%1 takes two)</source>
        <translation>пара [a, b] неотрицательных целых чисел (%1 принимает два числа)</translation>
    </message>
    <message>
        <source>a number of milliseconds from 0 to %1</source>
        <translation>число миллисекунд от 0 до %1</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>одно из значений %1</translation>
    </message>
    <message>
        <source>a list of inputs, {&quot;range&quot;: {&quot;start&quot;: ..., &quot;stop&quot;: ...}} or {&quot;repeat&quot;: {&quot;value&quot;: ..., &quot;count&quot;: ...}}</source>
        <translation>список входов, {&quot;range&quot;: {&quot;start&quot;: ..., &quot;stop&quot;: ...}} или {&quot;repeat&quot;: {&quot;value&quot;: ..., &quot;count&quot;: ...}}</translation>
    </message>
    <message>
        <source>an object {&quot;start&quot;: ..., &quot;stop&quot;: ..., &quot;step&quot;: ...}</source>
        <translation>объект {&quot;start&quot;: ..., &quot;stop&quot;: ..., &quot;step&quot;: ...}</translation>
    </message>
    <message>
        <source>an object {&quot;value&quot;: ..., &quot;count&quot;: ...}</source>
        <translation>объект {&quot;value&quot;: ..., &quot;count&quot;: ...}</translation>
    </message>
    <message>
        <source>a list of 1 result (one per task)</source>
        <translation>список из 1 результата (по одному на задачу)</translation>
    </message>
    <message>
        <source>a list of %1 results (one per task)</source>
        <translation>список из %1 результатов (по одному на задачу)</translation>
    </message>
    <message>
        <source>true or false (%1 returns a bool)</source>
        <translation>true или false (%1 возвращает логическое значение)</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a list element</source>
        <translation>&apos;,&apos; или &apos;]&apos; после элемента списка</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; или &apos;}&apos; после члена объекта</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; после ключа</translation>
    </message>
    <message>
        <source>4 hex digits after \u</source>
        <translation>4 шестнадцатеричные цифры после \u</translation>
    </message>
    <message>
        <source>a digit after &apos;-&apos;</source>
        <translation>цифра после &apos;-&apos;</translation>
    </message>
    <message>
        <source>a digit after &apos;.&apos;</source>
        <translation>цифра после &apos;.&apos;</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>цифра в показателе степени</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>NUL byte (is this a binary file?)</source>
        <translation>байт NUL (это двоичный файл?)</translation>
    </message>
    <message>
        <source>byte %1, not valid UTF-8 (is this a binary file?)</source>
        <translation>байт %1, некорректный UTF-8 (это двоичный файл?)</translation>
    </message>
    <message>
        <source>control byte %1 (is this a binary file?)</source>
        <translation>управляющий байт %1 (это двоичный файл?)</translation>
    </message>
    <message>
        <source>unknown kernel %1 (did you mean %2?); known kernels: %3; your own Python function is &quot;python&quot;: {&quot;file&quot;: ..., &quot;function&quot;: ...}</source>
        <translation>неизвестное ядро %1 (может быть, %2?); известные ядра: %3; своя функция Python записывается как &quot;python&quot;: {&quot;file&quot;: ..., &quot;function&quot;: ...}</translation>
    </message>
    <message>
        <source>unknown kernel %1; known kernels: %2; your own Python function is &quot;python&quot;: {&quot;file&quot;: ..., &quot;function&quot;: ...}</source>
        <translation>неизвестное ядро %1; известные ядра: %2; своя функция Python записывается как &quot;python&quot;: {&quot;file&quot;: ..., &quot;function&quot;: ...}</translation>
    </message>
    <message>
        <source>not a Corescope run report (%1)</source>
        <translation>не отчёт о запуске Corescope (%1)</translation>
    </message>
    <message>
        <source>not a Corescope sweep report (%1)</source>
        <translation>не отчёт о серии Corescope (%1)</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Corescope; this one reads up to version %2</source>
        <translation>версию %1 записал более новый Corescope; этот читает версии до %2</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>неизвестный статус %1</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>неизвестное состояние %1</translation>
    </message>
    <message>
        <source>unknown mode %1</source>
        <translation>неизвестный режим %1</translation>
    </message>
    <message>
        <source>unknown runtime %1</source>
        <translation>неизвестная среда %1</translation>
    </message>
    <message>
        <source>unknown counter sync %1</source>
        <translation>неизвестная синхронизация счётчика %1</translation>
    </message>
    <message>
        <source>unknown kernel %1</source>
        <translation>неизвестное ядро %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>нет %1</translation>
    </message>
    <message>
        <source>too many tasks</source>
        <translation>слишком много задач</translation>
    </message>
    <message>
        <source>tasks must be listed in index order; expected %1, got %2</source>
        <translation>задачи должны идти по порядку индексов; ожидался индекс %1, а здесь %2</translation>
    </message>
    <message>
        <source>only threads run under the emulated GIL</source>
        <translation>под эмулируемым GIL работают только потоки</translation>
    </message>
    <message>
        <source>not a run option</source>
        <translation>не параметр запуска</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>не удаётся открыть: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>не удаётся прочитать</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>hosts: %1</source>
        <translation>узлы: %1</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>запись %1 (%2): %3</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>нет имени узла</translation>
    </message>
    <message>
        <source>a host name has letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>имя узла состоит только из букв, цифр, &apos;.&apos;, &apos;-&apos; и &apos;_&apos;</translation>
    </message>
    <message>
        <source>slots must be a whole number from 1 to %1</source>
        <translation>число слотов должно быть целым от 1 до %1</translation>
    </message>
    <message>
        <source>expected host:slots,host:slots (%1)</source>
        <translation>ожидалось: узел:слоты,узел:слоты (%1)</translation>
    </message>
    <message>
        <source>milliseconds in (0, 1000]</source>
        <translation>миллисекунды в (0, 1000]</translation>
    </message>
    <message>
        <source>a scale from 0.1 to 100</source>
        <translation>масштаб от 0.1 до 100</translation>
    </message>
    <message>
        <source>an input such as &quot;123&quot; or &quot;[123, 456]&quot;</source>
        <translation>вход вида &quot;123&quot; или &quot;[123, 456]&quot;</translation>
    </message>
    <message>
        <source>a pair [a, b]</source>
        <translation>пара [a, b]</translation>
    </message>
    <message>
        <source>serial, threads, threads + GIL, processes or their Python forms (Python threads, ...)</source>
        <translation>serial, threads, threads + GIL, processes или их формы для Python (Python threads, ...)</translation>
    </message>
    <message>
        <source>no workload file name given</source>
        <translation>не указано имя файла нагрузки</translation>
    </message>
    <message>
        <source>cannot access the file: %1</source>
        <translation>нет доступа к файлу: %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>file is too large (%1; workload files are limited to %2)</source>
        <translation>файл слишком большой (%1; предел для файлов нагрузки — %2)</translation>
    </message>
    <message>
        <source>file is too large (workload files are limited to %1)</source>
        <translation>файл слишком большой (предел для файлов нагрузки — %1)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>cannot open the shipped workload</source>
        <translation>не удаётся открыть поставляемую нагрузку</translation>
    </message>
    <message>
        <source>unexpected end of input inside a number (truncated file?)</source>
        <translation>неожиданный конец ввода внутри числа (файл обрезан?)</translation>
    </message>
    <message>
        <source>unexpected end of input inside a \u escape (truncated file?)</source>
        <translation>неожиданный конец ввода внутри экранирования \u (файл обрезан?)</translation>
    </message>
    <message>
        <source>unexpected end of input inside the string started at %1 (truncated file?)</source>
        <translation>неожиданный конец ввода внутри строки, начатой в %1 (файл обрезан?)</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>конечное число</translation>
    </message>
    <message>
        <source>missing %1: not a complete Corescope run report</source>
        <translation>нет %1: это не полный отчёт о запуске Corescope</translation>
    </message>
    <message>
        <source>unexpected text after the document</source>
        <translation>лишний текст после документа</translation>
    </message>
    <message>
        <source>task %1 does not exist</source>
        <translation>задачи %1 нет</translation>
    </message>
    <message>
        <source>says %1 tasks, but &quot;tasks&quot; lists %2</source>
        <translation>указано задач: %1, а в &quot;tasks&quot; их %2</translation>
    </message>
    <message>
        <source>the %1 kernel takes a pair [a, b]</source>
        <translation>ядро %1 принимает пару [a, b]</translation>
    </message>
    <message>
        <source>the %1 kernel takes one integer</source>
        <translation>ядро %1 принимает одно целое число</translation>
    </message>
    <message>
        <source>wrong shape for the %1 kernel</source>
        <translation>не та форма для ядра %1</translation>
    </message>
    <message>
        <source>generates %1 tasks, but &quot;tasks&quot; lists %2</source>
        <translation>порождает задач: %1, а в &quot;tasks&quot; их %2</translation>
    </message>
    <message>
        <source>differs from what workload.inputs generates</source>
        <translation>отличается от того, что порождает workload.inputs</translation>
    </message>
    <message>
        <source>&quot;expected&quot; is given for %1 of %2 tasks; all or none</source>
        <translation>&quot;expected&quot; задан для %1 из %2 задач; нужно для всех или ни для одной</translation>
    </message>
    <message>
        <source>expected at least one worker count</source>
        <translation>нужно хотя бы одно число рабочих</translation>
    </message>
    <message>
        <source>%1: the emulated GIL is the native runtime&apos;s; Python threads run under the real one (py:threads)</source>
        <translation>%1: эмулируемый GIL есть только в нативной среде; потоки Python работают под настоящим (py:threads)</translation>
    </message>
    <message>
        <source>the sweep has no workload</source>
        <translation>у серии нет нагрузки</translation>
    </message>
    <message>
        <source>repeats must be between 1 and %1, got %2</source>
        <translation>число повторов должно быть от 1 до %1, получено %2</translation>
    </message>
    <message>
        <source>the sweep has no worker counts</source>
        <translation>у серии нет чисел рабочих</translation>
    </message>
    <message>
        <source>worker counts like 1-8 or 1,2,4,8 (each 1..%1)</source>
        <translation>числа рабочих вида 1-8 или 1,2,4,8 (каждое от 1 до %1)</translation>
    </message>
    <message>
        <source>modes from serial, threads, threads+gil, processes, mpi (each may start with py: or native:)</source>
        <translation>режимы из serial, threads, threads+gil, processes, mpi (каждый может начинаться с py: или native:)</translation>
    </message>
    <message>
        <source>%1, %2 workers: %3</source>
        <translation>%1, рабочих: %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 workers, repeat %3/%4</source>
        <translation>%1, рабочих: %2, повтор %3/%4</translation>
    </message>
    <message>
        <source>%1, repeat %2/%3</source>
        <translation>%1, повтор %2/%3</translation>
    </message>
    <message>
        <source>no workload given; shipped: %1</source>
        <translation>нагрузка не указана; поставляемые: %1</translation>
    </message>
    <message>
        <source>warm-up run</source>
        <translation>прогревочный запуск</translation>
    </message>
    <message>
        <source>worker %1 (pid %2)</source>
        <translation>рабочий %1 (pid %2)</translation>
    </message>
    <message>
        <source>rank %1 on %2 (pid %3)</source>
        <translation>ранг %1 на %2 (pid %3)</translation>
    </message>
    <message>
        <source>task %1 (input %2)</source>
        <translation>задача %1 (вход %2)</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>убит сигналом %1 (%2)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>завершился с кодом %1</translation>
    </message>
    <message>
        <source>ended with status %1</source>
        <translation>завершился со статусом %1</translation>
    </message>
    <message>
        <source>killed by %1</source>
        <translation>убит сигналом %1</translation>
    </message>
    <message>
        <source>died</source>
        <translation>погиб</translation>
    </message>
    <message>
        <source>%1 died: %2</source>
        <translation>%1 погиб: %2</translation>
    </message>
    <message>
        <source>%1 while running %2</source>
        <translation>%1, когда выполнялась %2</translation>
    </message>
    <message>
        <source>%1 while idle</source>
        <translation>%1 в простое</translation>
    </message>
    <message>
        <source>%1 before it was ready, with %2 sent to it</source>
        <translation>%1 до готовности, когда ему уже была отправлена %2</translation>
    </message>
    <message>
        <source>%1 before it was ready</source>
        <translation>%1 до готовности</translation>
    </message>
    <message>
        <source>%1; it left a truncated message</source>
        <translation>%1; от него осталось обрезанное сообщение</translation>
    </message>
    <message>
        <source>%1 killed: %2 timed out after %3 ms</source>
        <translation>%1 убит: %2 не уложилась в %3 мс</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>не уложилась в %1 мс</translation>
    </message>
    <message>
        <source>%1 killed two workers: %2; then %3</source>
        <translation>%1 погубила двух рабочих: %2; затем %3</translation>
    </message>
    <message>
        <source>killed after its task %1</source>
        <translation>убит после того, как его задача %1</translation>
    </message>
    <message>
        <source>killed: its task %1</source>
        <translation>убит: его задача %1</translation>
    </message>
    <message>
        <source>%1; its tasks go to a new worker</source>
        <translation>%1; его задачи переходят к новому рабочему</translation>
    </message>
    <message>
        <source>%1 when the pool stopped: %2</source>
        <translation>%1 при остановке пула: %2</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>не удалось запустить: %1</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1 не уложился в срок</translation>
    </message>
    <message>
        <source>%1 killed two workers</source>
        <translation>%1 погубила двух рабочих</translation>
    </message>
    <message>
        <source>%1 died</source>
        <translation>%1 погиб</translation>
    </message>
    <message>
        <source>%1 broke the protocol</source>
        <translation>%1 нарушил протокол</translation>
    </message>
    <message>
        <source>the pool could not start a worker</source>
        <translation>пул не смог запустить рабочего</translation>
    </message>
    <message>
        <source>too many worker processes</source>
        <translation>слишком много рабочих процессов</translation>
    </message>
    <message>
        <source>run cancelled</source>
        <translation>запуск отменён</translation>
    </message>
    <message>
        <source>poll failed</source>
        <translation>сбой poll</translation>
    </message>
    <message>
        <source>poll failed: %1</source>
        <translation>сбой poll: %1</translation>
    </message>
    <message>
        <source>could not start worker %1 (%2): %3</source>
        <translation>не удалось запустить рабочего %1 (%2): %3</translation>
    </message>
    <message>
        <source>stopped after starting %1 worker processes</source>
        <translation>остановлено после запуска рабочих процессов: %1</translation>
    </message>
    <message>
        <source>worker executable not found: %1 (%2)</source>
        <translation>не найдена программа рабочего: %1 (%2)</translation>
    </message>
    <message>
        <source>cannot locate the running executable&apos;s folder</source>
        <translation>не удаётся найти папку запущенной программы</translation>
    </message>
    <message>
        <source>no path given</source>
        <translation>путь не указан</translation>
    </message>
    <message>
        <source>exists but is not executable: %1</source>
        <translation>существует, но не запускается: %1</translation>
    </message>
    <message>
        <source>not found on PATH</source>
        <translation>не найден в PATH</translation>
    </message>
    <message>
        <source>a new process per task would start %1 worker processes, more than %2: raise the chunksize to at least %3</source>
        <translation>новый процесс на каждую задачу запустил бы рабочих процессов: %1, больше чем %2: поднимите chunksize хотя бы до %3</translation>
    </message>
    <message>
        <source>the worker process (pid %1) died of %2 (faulthandler: &quot;%3&quot;)</source>
        <translation>рабочий процесс (pid %1) погиб от %2 (faulthandler: «%3»)</translation>
    </message>
    <message>
        <source>the worker process (pid %1) died without a word (killed, or it exited)</source>
        <translation>рабочий процесс (pid %1) погиб молча (его убили, или он сам завершился)</translation>
    </message>
    <message>
        <source>%1; Python raised %2</source>
        <translation>%1; Python выбросил %2</translation>
    </message>
    <message>
        <source>%1; Python did not report BrokenProcessPool within %2 s</source>
        <translation>%1; Python не сообщил о BrokenProcessPool за %2 с</translation>
    </message>
    <message>
        <source>%1; multiprocessing.Pool starts a new worker but never returns this task&apos;s result (its caller would wait forever), so Corescope ended the pool</source>
        <translation>%1; multiprocessing.Pool запускает нового рабочего, но результат этой задачи так и не вернёт (вызывающий код ждал бы вечно), поэтому Corescope завершил пул</translation>
    </message>
    <message>
        <source>the Python interpreter ended before the run did (%1): %2</source>
        <translation>интерпретатор Python завершился раньше, чем закончился запуск (%1): %2</translation>
    </message>
    <message>
        <source>the Python interpreter ended before the run did (%1)</source>
        <translation>интерпретатор Python завершился раньше, чем закончился запуск (%1)</translation>
    </message>
    <message>
        <source>%1 while running task %2 or a later one: the driver&apos;s threads send their tasks&apos; ends every 25 ms, and the last ones never left</source>
        <translation>%1, когда выполнялась задача %2 или более поздняя: потоки драйвера отправляют концы своих задач раз в 25 мс, и последние так и не ушли</translation>
    </message>
    <message>
        <source>%1 while running tasks %2 or a later one: the driver&apos;s threads send their tasks&apos; ends every 25 ms, and the last ones never left</source>
        <translation>%1, когда выполнялись задачи %2 или более поздние: потоки драйвера отправляют концы своих задач раз в 25 мс, и последние так и не ушли</translation>
    </message>
    <message>
        <source>the Python driver broke the trace contract: %1</source>
        <translation>драйвер Python нарушил договор трассировки: %1</translation>
    </message>
    <message>
        <source>cannot open the Python workers&apos; socket: %1</source>
        <translation>не удаётся открыть сокет рабочих Python: %1</translation>
    </message>
    <message>
        <source>cannot start Python: %1</source>
        <translation>не удаётся запустить Python: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>не удалось запустить %1: %2</translation>
    </message>
    <message>
        <source>The Python interpreter &quot;%1&quot; did not report its version. Install Python 3.9 or newer (Debian: apt-get install python3), or give another path (--python PATH).</source>
        <translation>Интерпретатор Python «%1» не сообщил свою версию. Установите Python 3.9 или новее (Debian: apt-get install python3) или укажите другой путь (--python ПУТЬ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is Python %2; Corescope needs Python 3.9 or newer (Debian: apt-get install python3), or give another path (--python PATH).</source>
        <translation>«%1» — это Python %2; Corescope нужен Python 3.9 или новее (Debian: apt-get install python3) или укажите другой путь (--python ПУТЬ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is Python of an unknown version; Corescope needs Python 3.9 or newer (Debian: apt-get install python3), or give another path (--python PATH).</source>
        <translation>«%1» — это Python неизвестной версии; Corescope нужен Python 3.9 или новее (Debian: apt-get install python3) или укажите другой путь (--python ПУТЬ).</translation>
    </message>
    <message>
        <source>Corescope&apos;s Python driver is missing: looked for python/corescope_driver.py next to the program (%1) and in %2/; reinstall Corescope</source>
        <translation>нет драйвера Python из Corescope: искали python/corescope_driver.py рядом с программой (%1) и в %2/; переустановите Corescope</translation>
    </message>
    <message>
        <source>the workload&apos;s Python file is missing: %1</source>
        <translation>нет файла Python этой нагрузки: %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>ранг %1</translation>
    </message>
    <message>
        <source>%1 died (%2)</source>
        <translation>%1 погиб (%2)</translation>
    </message>
    <message>
        <source>mpirun %1</source>
        <translation>mpirun: %1</translation>
    </message>
    <message>
        <source>%1 (the driver)</source>
        <translation>%1 (это драйвер)</translation>
    </message>
    <message>
        <source>%1 stopped before its tasks were done</source>
        <translation>%1 остановился, не закончив свои задачи</translation>
    </message>
    <message>
        <source>its worker stopped before its tasks were done</source>
        <translation>его рабочий остановился, не закончив свои задачи</translation>
    </message>
    <message>
        <source>ended by Corescope: %1</source>
        <translation>завершён Corescope: %1</translation>
    </message>
    <message>
        <source>the MPI job ended early (%1): %2</source>
        <translation>задание MPI завершилось раньше времени (%1): %2</translation>
    </message>
    <message>
        <source>the MPI job ended early (%1)</source>
        <translation>задание MPI завершилось раньше времени (%1)</translation>
    </message>
    <message>
        <source>the MPI job ended before the run did (%1): %2</source>
        <translation>задание MPI завершилось раньше, чем закончился запуск (%1): %2</translation>
    </message>
    <message>
        <source>the MPI job ended before the run did (%1)</source>
        <translation>задание MPI завершилось раньше, чем закончился запуск (%1)</translation>
    </message>
    <message>
        <source>mpirun could not start the ranks (%1): %2</source>
        <translation>mpirun не смог запустить ранги (%1): %2</translation>
    </message>
    <message>
        <source>mpirun could not start the ranks (%1)</source>
        <translation>mpirun не смог запустить ранги (%1)</translation>
    </message>
    <message>
        <source>the MPI ranks were not all up within %1 s of mpirun&apos;s start (%2 of %3 worker ranks had said where they run): %4</source>
        <translation>не все ранги MPI поднялись за %1 с после запуска mpirun (сообщили, где работают, %2 из %3 рабочих рангов): %4</translation>
    </message>
    <message>
        <source>the MPI ranks were not all up within %1 s of mpirun&apos;s start (%2 of %3 worker ranks had said where they run)</source>
        <translation>не все ранги MPI поднялись за %1 с после запуска mpirun (сообщили, где работают, %2 из %3 рабочих рангов)</translation>
    </message>
    <message>
        <source>the MPI job did not start within %1 s (%2 of %3 ranks announced): %4</source>
        <translation>задание MPI не запустилось за %1 с (объявились %2 из %3 рангов): %4</translation>
    </message>
    <message>
        <source>the MPI job did not start within %1 s (%2 of %3 ranks announced)</source>
        <translation>задание MPI не запустилось за %1 с (объявились %2 из %3 рангов)</translation>
    </message>
    <message>
        <source>the MPI job did not start in time</source>
        <translation>задание MPI не запустилось вовремя</translation>
    </message>
    <message>
        <source>a task timed out</source>
        <translation>задача не уложилась в срок</translation>
    </message>
    <message>
        <source>the run failed</source>
        <translation>запуск не удался</translation>
    </message>
    <message>
        <source>the relay broke</source>
        <translation>ретранслятор сломался</translation>
    </message>
    <message>
        <source>the MPI job ended</source>
        <translation>задание MPI завершилось</translation>
    </message>
    <message>
        <source>%1 timed out after %2 ms while running %3 (a rank cannot be replaced: the MPI job ends)</source>
        <translation>%1 не уложился в %2 мс, когда выполнялась %3 (ранг нельзя заменить: задание MPI завершается)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>сбой записи</translation>
    </message>
    <message>
        <source>cannot create the pool&apos;s wake-up descriptor: %1</source>
        <translation>не удаётся создать дескриптор пробуждения пула: %1</translation>
    </message>
    <message>
        <source>cannot create the shared counter&apos;s memory: %1</source>
        <translation>не удаётся создать память общего счётчика: %1</translation>
    </message>
    <message>
        <source>cannot map the shared counter: %1</source>
        <translation>не удаётся отобразить в память общий счётчик: %1</translation>
    </message>
    <message>
        <source>%1, 1 worker: %2</source>
        <translation>%1, 1 рабочий: %2</translation>
    </message>
    <message>
        <source>%1, 1 worker, repeat %2/%3</source>
        <translation>%1, 1 рабочий, повтор %2/%3</translation>
    </message>
    <message>
        <source>%1 (the workload&apos;s python.file) is imported as the module &apos;%2&apos;, but Python already has a module of that name (%3), which it uses instead: rename the file</source>
        <translation>%1 (python.file нагрузки) импортируется как модуль &apos;%2&apos;, но в Python уже есть модуль с таким именем (%3), и Python использует его: переименуйте файл</translation>
    </message>
    <message>
        <source>%1 (the workload&apos;s python.file) is imported as the module &apos;%2&apos;, but Python already has a built-in module of that name, which it uses instead: rename the file</source>
        <translation>%1 (python.file нагрузки) импортируется как модуль &apos;%2&apos;, но в Python уже есть встроенный модуль с таким именем, и Python использует его: переименуйте файл</translation>
    </message>
    <message>
        <source>importing %1 (the workload&apos;s python.file) raised %2 at line %3</source>
        <translation>при импорте %1 (python.file нагрузки) возникло исключение %2 в строке %3</translation>
    </message>
    <message>
        <source>importing %1 (the workload&apos;s python.file) raised %2</source>
        <translation>при импорте %1 (python.file нагрузки) возникло исключение %2</translation>
    </message>
    <message>
        <source>%1 (the workload&apos;s python.file) has no &apos;%2&apos; (its python.function)</source>
        <translation>в %1 (python.file нагрузки) нет &apos;%2&apos; (python.function нагрузки)</translation>
    </message>
    <message>
        <source>%1 while its threads ran tasks %2</source>
        <translation>%1, когда его потоки выполняли задачи %2</translation>
    </message>
    <message>
        <source>%1 while its threads ran task %2</source>
        <translation>%1, когда его потоки выполняли задачу %2</translation>
    </message>
</context>
<context>
    <name>corescope::Execution</name>
    <message>
        <source>Python serial</source>
        <translation>Python, последовательно</translation>
    </message>
    <message>
        <source>Python threads</source>
        <translation>потоки Python</translation>
    </message>
    <message>
        <source>Python processes</source>
        <translation>процессы Python</translation>
    </message>
    <message>
        <source>native serial</source>
        <translation>нативно, последовательно</translation>
    </message>
    <message>
        <source>native threads + emulated GIL</source>
        <translation>нативные потоки + эмулированный GIL</translation>
    </message>
    <message>
        <source>native threads</source>
        <translation>нативные потоки</translation>
    </message>
    <message>
        <source>native processes</source>
        <translation>нативные процессы</translation>
    </message>
    <message>
        <source>Python MPI ranks</source>
        <translation>ранги MPI на Python</translation>
    </message>
    <message>
        <source>native MPI ranks</source>
        <translation>нативные ранги MPI</translation>
    </message>
    <message>
        <source>GIL wait</source>
        <translation>ожидание GIL</translation>
    </message>
    <message>
        <source>waiting (off the CPU)</source>
        <translation>ожидание (не на процессоре)</translation>
    </message>
    <message>
        <source>waiting (GIL or OS)</source>
        <translation>ожидание (GIL или ОС)</translation>
    </message>
</context>
<context>
    <name>corescope::Ordering</name>
    <message>
        <source>in order, all at the end (Pool.map)</source>
        <translation>по порядку, все в конце (Pool.map)</translation>
    </message>
    <message>
        <source>in order, as they arrive (Executor.map, Pool.imap)</source>
        <translation>по порядку, по мере поступления (Executor.map, Pool.imap)</translation>
    </message>
    <message>
        <source>as completed (imap_unordered, as_completed)</source>
        <translation>по мере готовности (imap_unordered, as_completed)</translation>
    </message>
</context>
<context>
    <name>corescope::Units</name>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>мкс</translation>
    </message>
    <message>
        <source>us</source>
        <translation>мкс</translation>
    </message>
    <message>
        <source>ns</source>
        <translation>нс</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Errors</name>
    <message>
        <source>Try &apos;corescope --help&apos; for more information.</source>
        <translation>Подробнее: &apos;corescope --help&apos;.</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1: нужно целое число от %2 до %3, получено &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: missing WORKLOAD (a shipped id such as primes50, or a workload JSON file)</source>
        <translation>%1: не указана НАГРУЗКА (id из поставки, например primes50, или JSON-файл нагрузки)</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: лишний аргумент &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--ordering: an older name for --api (ordered-batch is pool.map, ordered-stream pool.imap, as-completed pool.imap_unordered); give one of them</source>
        <translation>--ordering: старое имя --api (ordered-batch — это pool.map, ordered-stream — pool.imap, as-completed — pool.imap_unordered); укажите что-то одно</translation>
    </message>
    <message>
        <source>--hostfile: give --hosts or --hostfile, not both</source>
        <translation>--hostfile: укажите --hosts или --hostfile, но не оба</translation>
    </message>
    <message>
        <source>the native runtime&apos;s option (Python&apos;s pools reuse their workers)</source>
        <translation>параметр нативной среды (пулы Python переиспользуют рабочих)</translation>
    </message>
    <message>
        <source>the native runtime&apos;s option (Python decides what a dead worker does)</source>
        <translation>параметр нативной среды (что делать с погибшим рабочим, решает Python)</translation>
    </message>
    <message>
        <source>a Python start method: add --runtime python</source>
        <translation>способ запуска Python: добавьте --runtime python</translation>
    </message>
    <message>
        <source>names the interpreter of --runtime python</source>
        <translation>задаёт интерпретатор для --runtime python</translation>
    </message>
    <message>
        <source>--%1: an MPI mode option: add %2</source>
        <translation>--%1: параметр режима MPI: добавьте %2</translation>
    </message>
    <message>
        <source>lessons: unexpected argument &quot;%1&quot;</source>
        <translation>lessons: лишний аргумент &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lessons: no lesson &quot;%1&quot;; &apos;corescope lessons&apos; lists them</source>
        <translation>lessons: урока &quot;%1&quot; нет; список: &apos;corescope lessons&apos;</translation>
    </message>
    <message>
        <source>--lesson: no lesson &quot;%1&quot;; &apos;corescope lessons&apos; lists them</source>
        <translation>--lesson: урока &quot;%1&quot; нет; список: &apos;corescope lessons&apos;</translation>
    </message>
    <message>
        <source>--gil: the emulated GIL is the native runtime&apos;s; Python threads run under the real one</source>
        <translation>--gil: эмулированный GIL есть только в нативной среде; потоки Python работают под настоящим</translation>
    </message>
    <message>
        <source>--gil: the emulated GIL applies to threads mode only (got --mode %1)</source>
        <translation>--gil: эмулированный GIL работает только в режиме потоков (получено --mode %1)</translation>
    </message>
    <message>
        <source>corescope: run failed: %1</source>
        <translation>corescope: запуск не удался: %1</translation>
    </message>
    <message>
        <source>corescope: run cancelled; %1 finished results kept</source>
        <translation>corescope: запуск отменён; готовых результатов сохранено: %1</translation>
    </message>
    <message>
        <source>charts need the GUI libraries, not built here</source>
        <translation>для графиков нужны библиотеки GUI, а эта сборка без них</translation>
    </message>
    <message>
        <source>corescope: --lang: expected en, ko or ru, got &quot;%1&quot;
</source>
        <translation>corescope: --lang: ожидается en, ko или ru, получено &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>workloads: unexpected argument &quot;%1&quot;</source>
        <translation>workloads: лишний аргумент &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда &quot;%1&quot;</translation>
    </message>
    <message>
        <source>corescope: sweep failed: %1</source>
        <translation>corescope: серия не удалась: %1</translation>
    </message>
    <message>
        <source>corescope: sweep cancelled; finished points kept</source>
        <translation>corescope: серия отменена; готовые точки сохранены</translation>
    </message>
    <message>
        <source>--chart-size: expected WIDTHxHEIGHT, each from 200 to 8000 pixels (1280x720), got &quot;%1&quot;</source>
        <translation>--chart-size: ожидалось WIDTHxHEIGHT, каждое от 200 до 8000 пикселей (1280x720), получено «%1»</translation>
    </message>
    <message>
        <source>--chart-scale: expected a number from 1 to 4, got &quot;%1&quot;</source>
        <translation>--chart-scale: ожидалось число от 1 до 4, получено «%1»</translation>
    </message>
    <message>
        <source>corescope: note: a serial run has one worker; --workers %1 is not used (--mode threads or processes uses it)
</source>
        <translation>corescope: примечание: у последовательного запуска один рабочий; --workers %1 не используется (его используют --mode threads и processes)
</translation>
    </message>
    <message>
        <source>corescope: note: --start-method is not used: it is how multiprocessing starts --mode processes&apos; workers (got --mode %1)
</source>
        <translation>corescope: примечание: --start-method не используется: так multiprocessing запускает рабочих --mode processes (задано --mode %1)
</translation>
    </message>
    <message>
        <source>Try &apos;corescope %1 --help&apos; for its options.</source>
        <translation>Параметры команды: &apos;corescope %1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1 is the workload&apos;s own file, which this run reads; it would be overwritten: choose another file name</source>
        <translation>%1 — собственный файл нагрузки, который читает этот запуск; он был бы перезаписан: выберите другое имя файла</translation>
    </message>
    <message>
        <source>--%1 and %2 name the same file, %3: one would overwrite the other; give each its own</source>
        <translation>--%1 и %2 указывают на один файл, %3: один перезаписал бы другой; дайте каждому свой</translation>
    </message>
    <message>
        <source>corescope: note: --%1 does nothing for a run on %2, and is not used
</source>
        <translation>corescope: примечание: --%1 ничего не делает для запуска (%2) и не используется
</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Help</name>
    <message>
        <source>native (the kernels in C++, default) or python (a real CPython interpreter through Python&apos;s own APIs).</source>
        <translation>native (ядра на C++, по умолчанию) или python (настоящий интерпретатор CPython через собственные API Python).</translation>
    </message>
    <message>
        <source>executor.map (default), submit.as_completed, pool.map, pool.imap or pool.imap_unordered (ThreadPoolExecutor / ThreadPool or ProcessPoolExecutor / multiprocessing.Pool by mode), in both runtimes: when results are handed back (pool.map: in order, all at the end; executor.map, pool.imap: in order, as they arrive; pool.imap_unordered, submit.as_completed: as completed) and the default chunksize.</source>
        <translation>executor.map (по умолчанию), submit.as_completed, pool.map, pool.imap или pool.imap_unordered (ThreadPoolExecutor / ThreadPool или ProcessPoolExecutor / multiprocessing.Pool по режиму), в обеих средах: когда возвращаются результаты (pool.map: по порядку, все в конце; executor.map, pool.imap: по порядку, по мере готовности; pool.imap_unordered, submit.as_completed: по завершении) и chunksize по умолчанию.</translation>
    </message>
    <message>
        <source>Python runtime, processes: fork, spawn or forkserver (default: the interpreter&apos;s own).</source>
        <translation>Среда Python, процессы: fork, spawn или forkserver (по умолчанию: как у интерпретатора).</translation>
    </message>
    <message>
        <source>Python runtime: the interpreter (default: python3 on PATH).</source>
        <translation>Среда Python: интерпретатор (по умолчанию: python3 из PATH).</translation>
    </message>
    <message>
        <source>Tasks sent to a worker at once (default: the API&apos;s own, as in Python: pool.map ceil(tasks / (4 x workers)), the others 1).</source>
        <translation>Сколько задач отправлять рабочему за раз (по умолчанию: как в Python, своё для каждого API: pool.map ceil(задачи / (4 x рабочие)), остальные 1).</translation>
    </message>
    <message>
        <source>Older name for --api, kept for old scripts: ordered-batch is pool.map, ordered-stream pool.imap, as-completed pool.imap_unordered.</source>
        <translation>Старое имя --api, оставлено для старых скриптов: ordered-batch — это pool.map, ordered-stream — pool.imap, as-completed — pool.imap_unordered.</translation>
    </message>
    <message>
        <source>GIL switch interval in ms (default 5, as sys.getswitchinterval()); with --runtime python, sys.setswitchinterval.</source>
        <translation>Интервал переключения GIL в мс (по умолчанию 5, как sys.getswitchinterval()); с --runtime python — sys.setswitchinterval.</translation>
    </message>
    <message>
        <source>Per-core utilization samples per second (default 20; 0 = off).</source>
        <translation>Замеров загрузки ядер в секунду (по умолчанию 20; 0 = выкл.).</translation>
    </message>
    <message>
        <source>Processes mode: a new worker process for every chunk, as one Process per input (shows start-up cost).</source>
        <translation>Режим процессов: новый процесс-рабочий на каждую порцию, как один Process на вход (видна цена запуска).</translation>
    </message>
    <message>
        <source>Processes mode: kill a worker whose task runs longer than MS ms (default 0 = off).</source>
        <translation>Режим процессов: убить рабочего, чья задача идёт дольше MS мс (по умолчанию 0 = выкл.).</translation>
    </message>
    <message>
        <source>Processes mode: fail the run (default, as BrokenProcessPool) or respawn the worker and retry its task once.</source>
        <translation>Режим процессов: прервать запуск с ошибкой (по умолчанию, как BrokenProcessPool) или перезапустить рабочего и повторить его задачу один раз.</translation>
    </message>
    <message>
        <source>MPI mode: the hosts and how many ranks each takes, as mpirun&apos;s --host (default: this machine).</source>
        <translation>Режим MPI: узлы и сколько рангов берёт каждый, как --host у mpirun (по умолчанию: этот компьютер).</translation>
    </message>
    <message>
        <source>MPI mode: an Open MPI hostfile, instead of --hosts.</source>
        <translation>Режим MPI: файл узлов Open MPI вместо --hosts.</translation>
    </message>
    <message>
        <source>MPI mode: the mpirun to start (default: mpirun on PATH).</source>
        <translation>Режим MPI: какой mpirun запускать (по умолчанию: mpirun из PATH).</translation>
    </message>
    <message>
        <source>No progress line and no summary; errors only.</source>
        <translation>Без строки хода и итогов; только ошибки.</translation>
    </message>
    <message>
        <source>Usage: corescope [COMMAND] [OPTIONS]
See parallelism: run a workload serially, on threads or on processes, and watch the
cores, the per-worker timeline and the speedup. Without a command, opens the window.

Commands:
  run WORKLOAD      run a workload headless and print a summary
  sweep WORKLOAD    run it over modes and worker counts: speedup, efficiency, Amdahl fit
  workloads         list the shipped workloads
  lessons [ID]      list the lessons of the teaching material, or explain one

WORKLOAD is a shipped workload&apos;s id or name (see &apos;corescope workloads&apos;) or a path to a
workload JSON file. &apos;corescope COMMAND --help&apos; shows a command&apos;s options.

Options:
  -h, --help        show this help
  -v, --version     show the version
  --lang CODE       the language of all text: en, ko or ru (default: the system&apos;s)

Exit codes: 0 ok; 1 the run failed (a worker died, a result mismatched) or an output
            could not be written after it;
            2 bad usage or bad input; 130 interrupted (Ctrl+C), 143 terminated (SIGTERM),
            129 hung up (SIGHUP): the run is cancelled and its report still written.
</source>
        <translation>Использование: corescope [КОМАНДА] [ПАРАМЕТРЫ]
Параллелизм наглядно: запустите нагрузку последовательно, в потоках или в процессах
и смотрите на ядра, временную шкалу рабочих и ускорение. Без команды открывает окно.

Команды:
  run НАГРУЗКА      запустить нагрузку без окна и вывести итоги
  sweep НАГРУЗКА    запустить её по режимам и числу рабочих: ускорение, эффективность, закон Амдала
  workloads         список нагрузок из поставки
  lessons [ID]      список уроков учебного материала или объяснение одного

НАГРУЗКА — id или имя нагрузки из поставки (см. &apos;corescope workloads&apos;) или путь к
JSON-файлу нагрузки. &apos;corescope КОМАНДА --help&apos; показывает параметры команды.

Параметры:
  -h, --help        показать эту справку
  -v, --version     показать версию
  --lang КОД        язык всех текстов: en, ko или ru (по умолчанию системный)

Коды выхода: 0 успех; 1 запуск не удался (рабочий погиб, результат не совпал) или
             выходной файл не удалось записать после него;
             2 неверный вызов или входные данные; 130 прервано (Ctrl+C), 143 завершено (SIGTERM),
             129 обрыв связи (SIGHUP): запуск отменён, отчёт всё равно записан.
</translation>
    </message>
    <message>
        <source>Runs WORKLOAD headless and prints a summary: wall time, tasks/s, each worker&apos;s busy
share and the results checked against the workload&apos;s expected values.</source>
        <translation>Запускает НАГРУЗКУ без окна и выводит итоги: время, задач в секунду, занятость каждого
рабочего и сверку результатов с ожидаемыми значениями нагрузки.</translation>
    </message>
    <message>
        <source>A shipped workload id or name, or a JSON file.</source>
        <translation>id или имя нагрузки из поставки либо JSON-файл.</translation>
    </message>
    <message>
        <source>serial, threads, processes or mpi (MPI ranks through Open MPI&apos;s mpirun; default processes).</source>
        <translation>serial, threads, processes или mpi (ранги MPI через mpirun из Open MPI; по умолчанию processes).</translation>
    </message>
    <message>
        <source>Number of workers (default: the machine&apos;s logical cores).</source>
        <translation>Число рабочих (по умолчанию: логические ядра компьютера).</translation>
    </message>
    <message>
        <source>Threads mode: emulate Python&apos;s GIL.</source>
        <translation>Режим потоков: эмулировать GIL Python.</translation>
    </message>
    <message>
        <source>Run a lesson&apos;s workload with its options (see &apos;corescope lessons&apos;); other options given override them.</source>
        <translation>Запустить нагрузку урока с его параметрами (см. &apos;corescope lessons&apos;); заданные явно параметры их заменяют.</translation>
    </message>
    <message>
        <source>Write the run as a JSON report.</source>
        <translation>Записать запуск в JSON-отчёт.</translation>
    </message>
    <message>
        <source>Write one CSV row per task.</source>
        <translation>Записать CSV: строка на задачу.</translation>
    </message>
    <message>
        <source>Write a Chrome Trace Event file (opens in ui.perfetto.dev).</source>
        <translation>Записать файл Chrome Trace Event (открывается в ui.perfetto.dev).</translation>
    </message>
    <message>
        <source>Draw the task timeline to a .png, .svg or .pdf file (no display needed).</source>
        <translation>Нарисовать временную шкалу задач в файл .png, .svg или .pdf (дисплей не нужен).</translation>
    </message>
    <message>
        <source>Draw the per-core utilization to a .png, .svg or .pdf file.</source>
        <translation>Нарисовать загрузку ядер в файл .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>Print the Python program that does what these options do (for the Python runtime, the calls it makes) and exit without running.</source>
        <translation>Вывести программу на Python, делающую то же, что эти параметры (для среды Python — её вызовы), и выйти без запуска.</translation>
    </message>
    <message>
        <source>Comma-separated: serial, threads, threads+gil, processes, each with an optional py: or native: runtime (py:threads,native:threads) (default: all four).</source>
        <translation>Через запятую: serial, threads, threads+gil, processes, у каждого может быть среда py: или native: (py:threads,native:threads) (по умолчанию: все четыре).</translation>
    </message>
    <message>
        <source>Worker counts: a range 1-8, a list 1,2,4,8, or both (default 1 to 2 x cores).</source>
        <translation>Число рабочих: диапазон 1-8, список 1,2,4,8 или оба (по умолчанию от 1 до 2 x ядра).</translation>
    </message>
    <message>
        <source>Runs per point; the median is plotted (default 3).</source>
        <translation>Запусков на точку; на графике медиана (по умолчанию 3).</translation>
    </message>
    <message>
        <source>Skip the discarded warm-up run.</source>
        <translation>Пропустить отбрасываемый прогревочный запуск.</translation>
    </message>
    <message>
        <source>Write the sweep as a JSON report.</source>
        <translation>Записать серию в JSON-отчёт.</translation>
    </message>
    <message>
        <source>Write one CSV row per point (hyperfine&apos;s shape).</source>
        <translation>Записать CSV: строка на точку (формат hyperfine).</translation>
    </message>
    <message>
        <source>Draw the speedup chart to a .png, .svg or .pdf file (no display needed).</source>
        <translation>Нарисовать график ускорения в файл .png, .svg или .pdf (дисплей не нужен).</translation>
    </message>
    <message>
        <source>Draw the efficiency chart to a .png, .svg or .pdf file.</source>
        <translation>Нарисовать график эффективности в файл .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>Size of the chart files: WIDTHxHEIGHT in pixels, exactly what a PNG gets (points for SVG and PDF) (default 1280x720; 1920x1080 is Full HD).</source>
        <translation>Размер файлов графиков: WIDTHxHEIGHT в пикселях, ровно столько получит PNG (для SVG и PDF — в пунктах) (по умолчанию 1280x720; 1920x1080 — Full HD).</translation>
    </message>
    <message>
        <source>A PNG&apos;s pixels per chart pixel, 1 to 4: 2 draws the same chart with twice the pixels, for high-DPI projectors (default 1).</source>
        <translation>Пикселей PNG на пиксель графика, от 1 до 4: при 2 тот же график рисуется вдвое большим числом пикселей, для проекторов высокой чёткости (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Runs WORKLOAD over modes and worker counts, with repeats and one warm-up run, and prints
speedup (against the serial run), efficiency, the Karp-Flatt serial fraction per point
and an Amdahl fit per mode with predicted speedups at 8, 16 and 64 cores, each with its
95% interval. Warns about points whose median run is under 200 ms (marked *) and about
fits of fewer than 3 points (more than one worker) or more than 10% off their curve.</source>
        <translation>Запускает НАГРУЗКУ в разных режимах и с разным числом рабочих, с повторами и одним
прогревочным запуском, и печатает для каждой точки ускорение (относительно
последовательного запуска), эффективность, последовательную долю Карпа-Флэтта, а для
каждого режима — подгонку по Амдалу с предсказанным ускорением на 8, 16 и 64 ядрах,
каждое с 95% интервалом. Предупреждает о точках, медианный запуск которых короче 200 мс
(помечены *), и о подгонках менее чем по 3 точкам (больше одного рабочего) или
отклоняющихся от своей кривой более чем на 10%.</translation>
    </message>
    <message>
        <source>The work per task, multiplied: 0.1 to 100 (default 1). Waiting and spinning tasks last X times as long; compute kernels run round(X) times (at least once) on the same input; results never change.</source>
        <translation>Множитель работы на задачу: от 0.1 до 100 (по умолчанию 1). Ждущие и крутящиеся задачи длятся в X раз дольше; вычислительные ядра выполняются round(X) раз (хотя бы один) на том же входе; результаты не меняются.</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Lessons</name>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 с</translation>
    </message>
    <message>
        <source>Runs on: %1 (a real Python interpreter)</source>
        <translation>Где выполняется: %1 (настоящий интерпретатор Python)</translation>
    </message>
    <message>
        <source>Runs on: %1 (native C++ kernels)</source>
        <translation>Где выполняется: %1 (нативные ядра C++)</translation>
    </message>
    <message>
        <source>Look for: %1</source>
        <translation>На что смотреть: %1</translation>
    </message>
    <message>
        <source>Then try: %1</source>
        <translation>Затем попробуйте: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>The tutorial printed (its author&apos;s machine): %1</source>
        <translation>В учебнике вышло (на машине автора): %1</translation>
    </message>
    <message>
        <source>Run it: %1   (or: corescope run --lesson %2)</source>
        <translation>Запуск: %1   (или: corescope run --lesson %2)</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Урок: %1</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Summary</name>
    <message>
        <source>wrote %1</source>
        <translation>записан %1</translation>
    </message>
    <message>
        <source>[%1] %2/%3 tasks  %4  %5 tasks/s  ETA %6   </source>
        <translation>[%1] %2/%3 задач  %4  %5 задач/с  осталось %6   </translation>
    </message>
    <message>
        <source>why:</source>
        <translation>почему:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>успех</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>%1: %2, %3 tasks
</source>
        <translation>%1: %2, задач: %3
</translation>
    </message>
    <message>
        <source> (C++ kernels)</source>
        <translation> (ядра на C++)</translation>
    </message>
    <message>
        <source>, %1 workers, %2, results %3, chunksize %4</source>
        <translation>, рабочих: %1, %2, результаты %3, chunksize %4</translation>
    </message>
    <message>
        <source>, start method %1</source>
        <translation>, способ запуска %1</translation>
    </message>
    <message>
        <source>, GIL switch interval %1 ms</source>
        <translation>, интервал переключения GIL %1 мс</translation>
    </message>
    <message>
        <source>; %1 (Python %2)</source>
        <translation>; %1 (Python %2)</translation>
    </message>
    <message>
        <source>status %1   wall %2   %3/%4 tasks   %5 tasks/s
</source>
        <translation>статус %1   время %2   %3/%4 задач   %5 задач/с
</translation>
    </message>
    <message>
        <source>   start-up %1</source>
        <translation>   запуск %1</translation>
    </message>
    <message>
        <source>   rank %1 on %2</source>
        <translation>   ранг %1 на %2</translation>
    </message>
    <message>
        <source>, clock %1%2 ± %3</source>
        <translation>, часы %1%2 ± %3</translation>
    </message>
    <message>
        <source>Python %1 (%2), %3, chunksize %4</source>
        <translation>Python %1 (%2), %3, chunksize %4</translation>
    </message>
    <message>
        <source>shared counter: the finished tasks added %1, the caller sees %2</source>
        <translation>общий счётчик: завершённые задачи прибавили %1, вызывающий видит %2</translation>
    </message>
    <message>
        <source> (every update arrived)
</source>
        <translation> (дошли все обновления)
</translation>
    </message>
    <message>
        <source> (the workers added to their own copies)
</source>
        <translation> (рабочие прибавляли к своим копиям)
</translation>
    </message>
    <message>
        <source> (%1 updates lost)
</source>
        <translation> (потеряно обновлений: %1)
</translation>
    </message>
    <message>
        <source>results: %1/%2 checked against expected, all match
</source>
        <translation>результаты: %1/%2 сверены с ожидаемыми, все совпадают
</translation>
    </message>
    <message>
        <source>results: %1 of %2 differ from expected
</source>
        <translation>результаты: %1 из %2 не совпадают с ожидаемыми
</translation>
    </message>
    <message>
        <source>results: %1 (the workload has no expected values)
</source>
        <translation>результаты: %1 (у нагрузки нет ожидаемых значений)
</translation>
    </message>
    <message>
        <source>, %1 work per task</source>
        <translation>, работа на задачу %1</translation>
    </message>
    <message>
        <source>, %1 work per task (%2 asked)</source>
        <translation>, работа на задачу %1 (запрошено %2)</translation>
    </message>
    <message>
        <source>Python %1 (%2), a plain loop in the main thread
</source>
        <translation>Python %1 (%2), простой цикл в главном потоке
</translation>
    </message>
    <message>
        <source>results: none finished, none checked
</source>
        <translation>результаты: ни одна задача не завершилась, проверять нечего
</translation>
    </message>
    <message>
        <source>%1: %2, %3 task
</source>
        <translation>%1: %2, задач: %3
</translation>
    </message>
    <message>
        <source>, %1 worker, %2, results %3, chunksize %4</source>
        <translation>, рабочих: %1, %2, результаты %3, chunksize %4</translation>
    </message>
    <message>
        <source>GIL: tasks waited for the GIL %1% of their time</source>
        <translation>GIL: задачи ждали GIL %1% своего времени</translation>
    </message>
    <message>
        <source>off-CPU: tasks were off the CPU %1% of their time (waiting for the OS; each process has its own GIL)</source>
        <translation>вне CPU: задачи были вне процессора %1% своего времени (ожидая ОС; у каждого процесса свой GIL)</translation>
    </message>
    <message>
        <source>off-CPU: tasks waited (GIL or OS) %1% of their time</source>
        <translation>вне CPU: задачи ждали (GIL или ОС) %1% своего времени</translation>
    </message>
    <message>
        <source> (measured on %1 of the %2 finished tasks)</source>
        <translation> (измерено на %1 из %2 завершённых задач)</translation>
    </message>
    <message>
        <source>off-CPU: tasks were off the CPU %1% of their time (mostly waiting for the OS: one thread ran them all)</source>
        <translation>вне CPU: задачи были вне процессора %1% своего времени (в основном ожидая ОС: все их выполнил один поток)</translation>
    </message>
    <message>
        <source>results: %1 (the workload has no expected values), %2 of them not kept: Corescope keeps an int from 0 to 2^64-1, a bool, None or a list of ints
</source>
        <translation>результаты: %1 (у нагрузки нет ожидаемых значений), %2 из них не сохранены: Corescope хранит int от 0 до 2^64-1, bool, None или список int
</translation>
    </message>
    <message>
        <source>  worker %1 pid %2 %3 done   in tasks %4%</source>
        <translation>  рабочий %1 pid %2 выполнено %3   в задачах %4%</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Sweep</name>
    <message>
        <source>series</source>
        <translation>серия</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>рабочие</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>ускорение</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>эффект.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>сбой: %1</translation>
    </message>
    <message>
        <source>%1 beyond one host&apos;s %2 cores, Amdahl fit up to %2 (serial fraction %3):</source>
        <translation>%1 сверх %2 ядер одного узла, подгонка по Амдалу до %2 (последовательная доля %3):</translation>
    </message>
    <message>
        <source>%1: sweep over %2; workers %3; %4 repeats
</source>
        <translation>%1: серия по %2; рабочие %3; повторов: %4
</translation>
    </message>
    <message>
        <source>[run %1/%2] %3</source>
        <translation>[запуск %1/%2] %3</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: serial fraction %2 from 1 point; no prediction (one point leaves its uncertainty unknown)</source>
        <translation>Подгонка по Амдалу, %1: последовательная доля %2 по 1 точке; без предсказания (по одной точке неопределённость неизвестна)</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: serial fraction %2 (95% interval %3-%4) from %5 points, %6% off the curve; predicted speedup %7 at 8 cores, %8 at 16, %9 at 64 (predictions with their 95% intervals, not measurements)</source>
        <translation>Подгонка по Амдалу, %1: последовательная доля %2 (95% интервал %3-%4) по точкам: %5, отклонение от кривой %6%; предсказанное ускорение %7 на 8 ядрах, %8 на 16, %9 на 64 (предсказания с 95% интервалами, не измерения)</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: only 1 point with more than one worker (within the cores); %2 or more are needed before its predictions mean much</source>
        <translation>предупреждение: подгонка по Амдалу, %1: лишь 1 точка с более чем одним рабочим (в пределах ядер); чтобы предсказания что-то значили, нужно не меньше %2</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: only %2 points with more than one worker (within the cores); %3 or more are needed before its predictions mean much</source>
        <translation>предупреждение: подгонка по Амдалу, %1: точек с более чем одним рабочим (в пределах ядер) лишь %2; чтобы предсказания что-то значили, нужно не меньше %3</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: a poor fit, the measured speedups are %2% off its curve on average (more than %3%): the workload does not follow Amdahl&apos;s law here; do not trust its predictions</source>
        <translation>предупреждение: подгонка по Амдалу, %1: плохое совпадение, измеренные ускорения в среднем отклоняются от кривой на %2% (больше %3%): здесь нагрузка не следует закону Амдала; не доверяйте предсказаниям</translation>
    </message>
    <message>
        <source> predicted %1 at %2, measured %3x;</source>
        <translation> предсказано %1 при %2, измерено %3x;</translation>
    </message>
    <message>
        <source>warning: %1: a fit of one point has no uncertainty; the predictions above are not reliable</source>
        <translation>предупреждение: %1: у подгонки по одной точке нет оценки неопределённости; предсказаниям выше нельзя доверять</translation>
    </message>
    <message>
        <source>warning: 1 point (marked *) ran under %1 ms (median): start-up and timer noise weigh on it (efficiency above 100 % is noise); give the workload more or bigger tasks so that a run takes at least %1 ms</source>
        <translation>предупреждение: 1 точка (помечена *) выполнялась меньше %1 мс (медиана): на неё сильно влияют запуск и шум таймера (эффективность выше 100 % — шум); дайте нагрузке больше задач или задачи крупнее, чтобы запуск длился не меньше %1 мс</translation>
    </message>
    <message>
        <source>warning: %1 points (marked *) ran under %2 ms (median): start-up and timer noise weigh on them (efficiency above 100 % is noise); give the workload more or bigger tasks so that a run takes at least %2 ms</source>
        <translation>предупреждение: точек, выполнявшихся меньше %2 мс (медиана; помечены *): %1; на них сильно влияют запуск и шум таймера (эффективность выше 100 % — шум); дайте нагрузке больше задач или задачи крупнее, чтобы запуск длился не меньше %2 мс</translation>
    </message>
    <message>
        <source>%1: sweep over %2; workers %3; %4 repeat
</source>
        <translation>%1: серия по %2; рабочие %3; повторов: %4
</translation>
    </message>
    <message>
        <source>Python runs: Python %1 (%2)</source>
        <translation>Запуски Python: Python %1 (%2)</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: on %2 cores only 1 point with more than one worker fits within them, and a fit of one point predicts nothing; sweep on a machine of %3 or more cores for predictions</source>
        <translation>предупреждение: подгонка по Амдалу, %1: на %2 ядрах в их пределах помещается лишь 1 точка с более чем одним рабочим, а подгонка по одной точке ничего не предсказывает; для предсказаний проведите развёртку на машине с %3 и более ядрами</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: on %2 cores only %3 points with more than one worker fit within them; its predictions need %4 or more (a machine of %5 or more cores)</source>
        <translation>предупреждение: подгонка по Амдалу, %1: на %2 ядрах в их пределах помещается лишь %3 точки с более чем одним рабочим; предсказаниям нужно не меньше %4 (машина с %5 и более ядрами)</translation>
    </message>
    <message>
        <source>note: a Karp-Flatt value above 1 is a point slower than the serial run (speedup below 1): overhead, not a serial fraction of the work</source>
        <translation>примечание: значение Карп-Флэтта выше 1 означает точку медленнее последовательного запуска (ускорение ниже 1): это накладные расходы, а не последовательная доля работы</translation>
    </message>
    <message>
        <source>corescope: note: --workers does nothing for a sweep of serial runs only (one worker each), and is not used
</source>
        <translation>corescope: примечание: --workers ничего не делает для серии только из последовательных запусков (у каждого один рабочий) и не используется
</translation>
    </message>
</context>
<context>
    <name>corescope::cli::ValueName</name>
    <message>
        <source>method</source>
        <translation>способ</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>порядок</translation>
    </message>
    <message>
        <source>host:slots,...</source>
        <translation>узел:слоты,...</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>WORKLOAD</source>
        <translation>НАГРУЗКА</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>режим</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>числа</translation>
    </message>
    <message>
        <source>[WORKLOAD]</source>
        <translation>[НАГРУЗКА]</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Workloads</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>KERNEL</source>
        <translation>ЯДРО</translation>
    </message>
    <message>
        <source>TASKS</source>
        <translation>ЗАДАЧ</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>ОПИСАНИЕ</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ApiControls</name>
    <message>
        <source>chunksize 1 by default (ThreadPoolExecutor.map ignores it)</source>
        <translation>chunksize по умолчанию 1 (ThreadPoolExecutor.map его игнорирует)</translation>
    </message>
    <message>
        <source>one submit() per task: Python sends no chunks</source>
        <translation>один submit() на задачу: Python не отправляет порций</translation>
    </message>
    <message>
        <source>chunksize ceil(tasks / (4 × workers)) by default</source>
        <translation>chunksize по умолчанию ceil(задачи / (4 × рабочие))</translation>
    </message>
    <message>
        <source>chunksize 1 by default</source>
        <translation>chunksize по умолчанию 1</translation>
    </message>
    <message>
        <source>%1: results %2; %3</source>
        <translation>%1: результаты %2; %3</translation>
    </message>
    <message>
        <source>Tasks sent to a worker at once; at its lowest, the API&apos;s own default (Pool.map: ceil(tasks / (4 × workers)), the others 1). Raise it when tasks are tiny and dispatch overhead dominates</source>
        <translation>Сколько задач отправляется рабочему за раз; минимальное значение — собственное значение API по умолчанию (Pool.map: ceil(задачи / (4 × рабочие)), остальные 1). Увеличьте, когда задачи крошечные и накладные расходы на раздачу преобладают</translation>
    </message>
    <message>
        <source>The Python API the tasks go through, in both runtimes: it decides when results are handed back and the default chunksize, as in Python</source>
        <translation>API Python, через который идут задачи, в обеих средах: как в Python, он определяет, когда возвращаются результаты, и chunksize по умолчанию</translation>
    </message>
    <message>
        <source>default (%1&apos;s: %2)</source>
        <translation>авто: %2 (%1)</translation>
    </message>
    <message>
        <source>mpi4py&apos;s MPIPoolExecutor has map and submit, not multiprocessing.Pool&apos;s methods</source>
        <translation>У MPIPoolExecutor из mpi4py есть map и submit, но нет методов multiprocessing.Pool</translation>
    </message>
</context>
<context>
    <name>corescope::gui::CompareWindow</name>
    <message>
        <source>Compare — Corescope</source>
        <translation>Сравнение — Corescope</translation>
    </message>
    <message>
        <source>solid lines, filled markers</source>
        <translation>сплошные линии, закрашенные маркеры</translation>
    </message>
    <message>
        <source>dashed lines, hollow markers</source>
        <translation>пунктирные линии, пустые маркеры</translation>
    </message>
    <message>
        <source>On the sweep charts: %1</source>
        <translation>На графиках серий: %1</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>файла пока нет</translation>
    </message>
    <message>
        <source>Open %1…</source>
        <translation>Открыть %1…</translation>
    </message>
    <message>
        <source>A saved run or sweep (File &gt; Save in the main window)</source>
        <translation>Сохранённый запуск или серия (Файл &gt; Сохранить в главном окне)</translation>
    </message>
    <message>
        <source>Open two saved runs or two saved sweeps to compare them.</source>
        <translation>Откройте два сохранённых запуска или две серии, чтобы сравнить их.</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Экспорт графика…</translation>
    </message>
    <message>
        <source>Write one of these charts as PNG, SVG or PDF</source>
        <translation>Записать один из этих графиков в PNG, SVG или PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>unnamed machine</source>
        <translation>машина без имени</translation>
    </message>
    <message>
        <source>A is a %1 and B a %2: compare two runs or two sweeps.</source>
        <translation>A — это %1, а B — %2: сравнивайте два запуска или две серии.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>запуск</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>серия</translation>
    </message>
    <message>
        <source>Open a second file to compare with.</source>
        <translation>Откройте второй файл для сравнения.</translation>
    </message>
    <message>
        <source>%1 · A solid, B dashed</source>
        <translation>%1 · A сплошной, B пунктир</translation>
    </message>
    <message>
        <source>Speedup — compared</source>
        <translation>Ускорение — сравнение</translation>
    </message>
    <message>
        <source>Efficiency — compared</source>
        <translation>Эффективность — сравнение</translation>
    </message>
    <message>
        <source>%1: task timeline</source>
        <translation>%1: шкала времени задач</translation>
    </message>
    <message>
        <source>Open a Saved Run or Sweep</source>
        <translation>Открыть сохранённый запуск или серию</translation>
    </message>
    <message>
        <source>Corescope reports (*.json);;All files (*)</source>
        <translation>Отчёты Corescope (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Ускорение</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Эффективность</translation>
    </message>
    <message>
        <source>Timeline A</source>
        <translation>Шкала времени A</translation>
    </message>
    <message>
        <source>Timeline B</source>
        <translation>Шкала времени B</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 экспортирован в %2</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>Не удалось экспортировать %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · wall time %4</source>
        <translation>%1 · %2 · %3 · общее время %4</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ControlPanel</name>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>The interpreter&apos;s own default (fork on Linux before Python 3.14, forkserver since)</source>
        <translation>Значение по умолчанию самого интерпретатора (fork в Linux до Python 3.14, затем forkserver)</translation>
    </message>
    <message>
        <source>fork: each worker is a copy of the parent, ready at once</source>
        <translation>fork: каждый рабочий — копия родителя, готов сразу</translation>
    </message>
    <message>
        <source>spawn: each worker is a fresh interpreter that imports the module again: the slowest start, the one macOS and Windows use</source>
        <translation>spawn: каждый рабочий — новый интерпретатор, заново импортирующий модуль; самый медленный запуск, его используют macOS и Windows</translation>
    </message>
    <message>
        <source>forkserver: a clean server process forks the workers</source>
        <translation>forkserver: чистый серверный процесс порождает рабочих через fork</translation>
    </message>
    <message>
        <source>How to run</source>
        <translation>Как запускать</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Режим:</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>&amp;Среда:</translation>
    </message>
    <message>
        <source>How many threads or processes run tasks at once (1 to 4 x the cores of this machine: try more workers than cores, too)</source>
        <translation>Сколько потоков или процессов выполняют задачи одновременно (от 1 до 4 × ядер этой машины: попробуйте и больше рабочих, чем ядер)</translation>
    </message>
    <message>
        <source>Logical cores this machine has: more workers than this only take turns</source>
        <translation>Логических ядер у этой машины: рабочие сверх этого числа лишь ждут своей очереди</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Рабочие:</translation>
    </message>
    <message>
        <source>Emulated &amp;GIL</source>
        <translation>Эмуляция &amp;GIL</translation>
    </message>
    <message>
        <source>Native threads: Corescope&apos;s emulation of CPython&apos;s GIL. Tasks hold one global lock while they compute and hand it over every switch interval, so CPU-bound work stops scaling; waiting tasks release it. The Python runtime has the real one.</source>
        <translation>Нативные потоки: эмуляция GIL CPython в Corescope. Задачи держат одну глобальную блокировку, пока считают, и передают её каждый интервал переключения, поэтому вычисления перестают масштабироваться; ожидающие задачи её отпускают. В среде Python — настоящий GIL.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>GIL switch interval: a thread that computes hands the GIL to a waiting one after this long (CPython&apos;s sys.getswitchinterval(), 5 ms by default). Threads mode with the GIL on.</source>
        <translation>Интервал переключения GIL: считающий поток через столько времени передаёт GIL ожидающему (sys.getswitchinterval() в CPython, по умолчанию 5 мс). Режим потоков с включённым GIL.</translation>
    </message>
    <message>
        <source>sw&amp;itch every</source>
        <translation>к&amp;аждые</translation>
    </message>
    <message>
        <source>Python&apos;s real GIL</source>
        <translation>Настоящий GIL Python</translation>
    </message>
    <message>
        <source>Python threads run under CPython&apos;s real GIL: one thread runs Python code at a time and hands the GIL over every switch interval, so there is nothing to emulate</source>
        <translation>Потоки Python работают под настоящим GIL CPython: код Python выполняет один поток за раз и передаёт GIL каждый интервал переключения, так что эмулировать нечего</translation>
    </message>
    <message>
        <source>New &amp;process per task</source>
        <translation>Новый &amp;процесс на задачу</translation>
    </message>
    <message>
        <source>Processes mode: start a fresh worker process for every chunk and let it exit afterwards (one Process per input, as the English notebook does) instead of reusing a pool: the timeline shows what creating processes costs</source>
        <translation>Режим процессов: запускать новый рабочий процесс на каждую порцию и завершать его после (один Process на вход, как в английском блокноте) вместо повторного использования пула: шкала времени покажет, сколько стоит создание процессов</translation>
    </message>
    <message>
        <source>&amp;Chunksize:</source>
        <translation>&amp;Chunksize:</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <source>Python processes: how multiprocessing starts the pool&apos;s workers (the timeline shows what each costs)</source>
        <translation>Процессы Python: как multiprocessing запускает рабочих пула (шкала времени показывает цену каждого способа)</translation>
    </message>
    <message>
        <source>&amp;Start method:</source>
        <translation>Способ &amp;запуска:</translation>
    </message>
    <message>
        <source>fail the run</source>
        <translation>прервать запуск</translation>
    </message>
    <message>
        <source>The run ends with the task, its input and the cause named, as ProcessPoolExecutor raises BrokenProcessPool; results so far are kept</source>
        <translation>Запуск заканчивается с указанием задачи, её входа и причины, как ProcessPoolExecutor выбрасывает BrokenProcessPool; готовые результаты сохраняются</translation>
    </message>
    <message>
        <source>respawn, retry once</source>
        <translation>перезапуск, 1 повтор</translation>
    </message>
    <message>
        <source>Corescope&apos;s own tool, not Python&apos;s: start a new worker and run its unfinished tasks again; a task that kills two workers fails the run. (multiprocessing.Pool replaces a dead worker too, but never returns its task.)</source>
        <translation>Собственный инструмент Corescope, а не Python: запустить нового рабочего и заново выполнить его незавершённые задачи; задача, убившая двух рабочих, завершает запуск ошибкой. (multiprocessing.Pool тоже заменяет умершего рабочего, но его задачу не возвращает.)</translation>
    </message>
    <message>
        <source>Native processes: what Corescope does when a worker process dies (crash, signal, kill -9, a broken pipe) or times out</source>
        <translation>Нативные процессы: что делает Corescope, когда рабочий процесс умирает (сбой, сигнал, kill -9, разорванный канал) или превышает время</translation>
    </message>
    <message>
        <source>If a worker &amp;dies:</source>
        <translation>Если рабочий &amp;умер:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Corescope&apos;s own tool (Python&apos;s pools have none): kill a worker whose task runs longer than this (a hung task), then fail or respawn as chosen above; 0 = off</source>
        <translation>Собственный инструмент Corescope (в пулах Python такого нет): убить рабочего, чья задача выполняется дольше этого (зависшая задача), затем завершить ошибкой или перезапустить, как выбрано выше; 0 = выкл.</translation>
    </message>
    <message>
        <source>&amp;Task timeout:</source>
        <translation>&amp;Тайм-аут задачи:</translation>
    </message>
    <message>
        <source>1 core on this machine</source>
        <translation>1 ядро на этой машине</translation>
    </message>
    <message>
        <source>%1 cores on this machine</source>
        <translation>ядер на этой машине: %1</translation>
    </message>
    <message>
        <source>Corescope&apos;s own tool (Python&apos;s pools have none): end the run when a task runs longer than this (the interpreter and every process it started are killed); 0 = off</source>
        <translation>Собственный инструмент Corescope (в пулах Python такого нет): завершить запуск, если задача выполняется дольше этого (интерпретатор и все запущенные им процессы убиваются); 0 = выкл.</translation>
    </message>
    <message>
        <source>this machine (or node1:4,node2:4)</source>
        <translation>эта машина (или node1:4,node2:4)</translation>
    </message>
    <message>
        <source>MPI ranks: the hosts and how many ranks each takes, as mpirun&apos;s --host (host:slots, separated by commas); empty: this machine. Every host needs the same Corescope at the same path and ssh without a password.</source>
        <translation>Ранги MPI: узлы и сколько рангов берёт каждый, как в --host у mpirun (узел:слоты через запятую); пусто — эта машина. На каждом узле нужен тот же Corescope по тому же пути и ssh без пароля.</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Узлы:</translation>
    </message>
    <message>
        <source>Work per tas&amp;k:</source>
        <translation>Работа на &amp;задачу:</translation>
    </message>
    <message>
        <source>The work of every task, multiplied (x0.1 to x100): waiting and spinning tasks last that many times as long, computing tasks run that many times (at least once) on the same input. Results do not change. Make a lesson slow enough to narrate.</source>
        <translation>Работа каждой задачи, умноженная (от x0.1 до x100): ждущие и крутящиеся задачи длятся во столько раз дольше, вычисляющие выполняются столько раз (хотя бы один) на том же входе. Результаты не меняются. Замедлите урок настолько, чтобы успеть его рассказать.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::DiagnosisPanel</name>
    <message>
        <source>Why this run took as long as it did, worked out from its trace; every statement comes with the number behind it</source>
        <translation>Почему этот запуск длился столько, сколько длился, — выведено из его трассы; у каждого утверждения есть число, на котором оно основано</translation>
    </message>
    <message>
        <source>Fold the diagnosis</source>
        <translation>Свернуть диагностику</translation>
    </message>
    <message>
        <source>Why this speedup?</source>
        <translation>Откуда ускорение?</translation>
    </message>
    <message>
        <source>Run the serial baseline</source>
        <translation>Базовый запуск</translation>
    </message>
    <message>
        <source>Run this workload serially once: the speedup of every other run is measured against it</source>
        <translation>Один раз запустить эту нагрузку последовательно: ускорение всех остальных запусков измеряется относительно него</translation>
    </message>
    <message>
        <source>The run failed, so it has no speedup; what its trace shows up to then:</source>
        <translation>Запуск завершился сбоем, поэтому ускорения нет; вот что его трасса показывает до этого момента:</translation>
    </message>
    <message>
        <source>The run was cancelled, so it has no speedup; what its trace shows up to then:</source>
        <translation>Запуск отменён, поэтому ускорения нет; вот что его трасса показывает до этого момента:</translation>
    </message>
    <message>
        <source>This was the serial baseline: one task after another in %1. Every run of this workload on threads or processes is measured against it.</source>
        <translation>Это был последовательный базовый запуск: задачи одна за другой за %1. Каждый запуск этой нагрузки на потоках или процессах сравнивается с ним.</translation>
    </message>
    <message>
        <source>, against the serial run of %1</source>
        <translation>, относительно последовательного запуска за %1</translation>
    </message>
    <message>
        <source>No serial run of this workload yet, so no speedup to explain.</source>
        <translation>Последовательного запуска этой нагрузки ещё нет, так что ускорение не с чем сравнить.</translation>
    </message>
    <message>
        <source>Nothing else stands out in the trace: no GIL waits, start-up, dispatch overhead, uneven tail, extra workers or memory stalls worth naming.</source>
        <translation>Больше в трассе ничего не выделяется: ни ожидания GIL, ни запуска, ни раздачи задач, ни неравного хвоста, ни лишних рабочих, ни простоев памяти.</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>выполняется…</translation>
    </message>
    <message>
        <source>The explanation appears here when the run ends.</source>
        <translation>Объяснение появится здесь, когда запуск закончится.</translation>
    </message>
    <message>
        <source>Show the explanation</source>
        <translation>Показать объяснение</translation>
    </message>
    <message>
        <source>Fold the explanation to one line</source>
        <translation>Свернуть объяснение в одну строку</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>The run failed, so it has no speedup, and its trace up to then shows nothing more to explain.</source>
        <translation>Запуск завершился ошибкой, поэтому ускорения нет, а его трасса до этого момента больше ничего не объясняет.</translation>
    </message>
    <message>
        <source>The run was cancelled, so it has no speedup, and its trace up to then shows nothing more to explain.</source>
        <translation>Запуск отменён, поэтому ускорения нет, а его трасса до этого момента больше ничего не объясняет.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Run data (tasks, workers, samples)</source>
        <translation>Данные запуска (задачи, рабочие, замеры)</translation>
    </message>
    <message>
        <source>A chart as it looks on screen, or the last run&apos;s data</source>
        <translation>График, как он выглядит на экране, или данные последнего запуска</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Экспорт:</translation>
    </message>
    <message>
        <source>PNG for slides, SVG for editing, PDF for reports; CSV for spreadsheets, the JSON report to reopen the run, a Chrome trace for ui.perfetto.dev</source>
        <translation>PNG для слайдов, SVG для правки, PDF для отчётов; CSV для таблиц, отчёт JSON, чтобы снова открыть запуск, трасса Chrome для ui.perfetto.dev</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Height of the exported chart</source>
        <translation>Высота экспортируемого графика</translation>
    </message>
    <message>
        <source>The file to write; an existing file is replaced</source>
        <translation>Файл для записи; существующий файл будет заменён</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>Выбрать файл в диалоге</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Записать файл</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Закрыть без экспорта</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>CSV, one row per task</source>
        <translation>CSV, по строке на задачу</translation>
    </message>
    <message>
        <source>JSON report (reopens the whole run)</source>
        <translation>Отчёт JSON (снова открывает весь запуск)</translation>
    </message>
    <message>
        <source>Chrome trace (ui.perfetto.dev)</source>
        <translation>Трасса Chrome (ui.perfetto.dev)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>%1 × %2 (16:9, HD slide)</source>
        <translation>%1 × %2 (16:9, слайд HD)</translation>
    </message>
    <message>
        <source>%1 × %2 (16:9, Full HD)</source>
        <translation>%1 × %2 (16:9, Full HD)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>Slide-shaped sizes first; Custom for any other</source>
        <translation>Сначала размеры слайдов; «Другой» — для любого иного</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Ра&amp;змер:</translation>
    </message>
    <message>
        <source>Width of the exported chart: a PNG has exactly this many pixels (times the scale); SVG and PDF take it in points</source>
        <translation>Ширина экспортируемого графика: у PNG ровно столько пикселей (умноженных на масштаб); SVG и PDF принимают её в пунктах</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>&amp;Ширина × высота:</translation>
    </message>
    <message>
        <source>1× (exactly the size above)</source>
        <translation>1× (ровно размер выше)</translation>
    </message>
    <message>
        <source>2× (twice the pixels, same layout: sharp on high-DPI projectors)</source>
        <translation>2× (вдвое больше пикселей, та же компоновка: чётко на проекторах высокой чёткости)</translation>
    </message>
    <message>
        <source>3× (three times the pixels, same layout)</source>
        <translation>3× (втрое больше пикселей, та же компоновка)</translation>
    </message>
    <message>
        <source>PNG only: more pixels for the same picture; SVG and PDF are sharp at any size</source>
        <translation>Только для PNG: больше пикселей для той же картинки; SVG и PDF чётки при любом размере</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>Мас&amp;штаб:</translation>
    </message>
    <message>
        <source>As on screen (%1 × %2)</source>
        <translation>Как на экране (%1 × %2)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::FileController</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open workload file…</source>
        <translation>Открыть файл нагрузки…</translation>
    </message>
    <message>
        <source>Open a workload JSON file (Ctrl+O); you can also drop one on the window</source>
        <translation>Открыть файл нагрузки JSON (Ctrl+O); его можно и перетащить на окно</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Save Run…</source>
        <translation>&amp;Сохранить запуск…</translation>
    </message>
    <message>
        <source>Save the last run (or, on the Sweep tab, the last sweep) as a report that File &gt; Open shows again without re-running, on any machine (Ctrl+S)</source>
        <translation>Сохранить последний запуск (на вкладке «Серия» — последнюю серию) как отчёт, который «Файл &gt; Открыть» покажет снова без перезапуска, на любой машине (Ctrl+S)</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Срав&amp;нить…</translation>
    </message>
    <message>
        <source>Two saved runs or sweeps side by side: overlaid speedup curves, timelines one above the other (Ctrl+Shift+M)</source>
        <translation>Два сохранённых запуска или серии рядом: кривые ускорения друг на друге, шкалы времени одна над другой (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the current chart or the run&apos;s data (Ctrl+E)</source>
        <translation>Экспортировать текущий график или данные запуска (Ctrl+E)</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>График в &amp;PNG…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>График в &amp;SVG…</translation>
    </message>
    <message>
        <source>Chart as P&amp;DF…</source>
        <translation>График в P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the chart you are looking at as %1</source>
        <translation>Записать график, который вы видите, в %1</translation>
    </message>
    <message>
        <source>Tasks as &amp;CSV…</source>
        <translation>Задачи в &amp;CSV…</translation>
    </message>
    <message>
        <source>One row per task of the last run: input, result, worker, times</source>
        <translation>По строке на задачу последнего запуска: вход, результат, рабочий, времена</translation>
    </message>
    <message>
        <source>Run as &amp;JSON report…</source>
        <translation>Запуск как отчёт &amp;JSON…</translation>
    </message>
    <message>
        <source>The whole last run (workload, options, machine, tasks, samples) as one JSON document</source>
        <translation>Весь последний запуск (нагрузка, параметры, машина, задачи, замеры) одним документом JSON</translation>
    </message>
    <message>
        <source>Run as Chrome &amp;trace…</source>
        <translation>Запуск как &amp;трасса Chrome…</translation>
    </message>
    <message>
        <source>A Chrome Trace Event file of the last run: open it in ui.perfetto.dev</source>
        <translation>Файл Chrome Trace Event последнего запуска: откройте его в ui.perfetto.dev</translation>
    </message>
    <message>
        <source>&amp;Save Sweep…</source>
        <translation>&amp;Сохранить серию…</translation>
    </message>
    <message>
        <source>No workload called “%1”: %2</source>
        <translation>Нагрузки «%1» нет: %2</translation>
    </message>
    <message>
        <source> “%1” stays loaded.</source>
        <translation> «%1» остаётся загруженной.</translation>
    </message>
    <message>
        <source>Could not open the workload “%1”.%2
%3</source>
        <translation>Не удалось открыть нагрузку «%1».%2
%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Workload</source>
        <translation>Открыть нагрузку</translation>
    </message>
    <message>
        <source>Workload files (*.json);;All files (*)</source>
        <translation>Файлы нагрузок (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Недавних файлов нет</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>Забыть недавно открытые файлы</translation>
    </message>
    <message>
        <source>there is no finished run or sweep to save yet</source>
        <translation>пока нет завершённого запуска или серии, которые можно сохранить</translation>
    </message>
    <message>
        <source>Save the Sweep</source>
        <translation>Сохранить серию</translation>
    </message>
    <message>
        <source>Save the Run</source>
        <translation>Сохранить запуск</translation>
    </message>
    <message>
        <source>Corescope sweep report (*.json)</source>
        <translation>Отчёт серии Corescope (*.json)</translation>
    </message>
    <message>
        <source>Corescope run report (*.json)</source>
        <translation>Отчёт запуска Corescope (*.json)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Saved the sweep to %1. File &gt; Open shows it again, on any machine, without re-running.</source>
        <translation>Серия сохранена в %1. «Файл &gt; Открыть» покажет её снова, на любой машине, без перезапуска.</translation>
    </message>
    <message>
        <source>Saved the run to %1. File &gt; Open shows it again, on any machine, without re-running.</source>
        <translation>Запуск сохранён в %1. «Файл &gt; Открыть» покажет его снова, на любой машине, без перезапуска.</translation>
    </message>
    <message>
        <source>Could not open the saved file “%1”.
%2</source>
        <translation>Не удалось открыть сохранённый файл «%1».
%2</translation>
    </message>
    <message>
        <source>A run is going: cancel it (Esc) before opening the saved run “%1”.</source>
        <translation>Идёт запуск: отмените его (Esc), прежде чем открывать сохранённый запуск «%1».</translation>
    </message>
    <message>
        <source>A sweep is going: cancel it before opening “%1”.</source>
        <translation>Идёт серия: отмените её, прежде чем открывать «%1».</translation>
    </message>
    <message>
        <source>Showing the %1 (%2), opened without re-running.</source>
        <translation>Показан %1 (%2), открыт без перезапуска.</translation>
    </message>
    <message>
        <source>Showing a %1 (%2), opened without re-running.</source>
        <translation>Показан %1 (%2), открыт без перезапуска.</translation>
    </message>
    <message>
        <source>Compare Two Saved Runs or Sweeps</source>
        <translation>Сравнить два сохранённых запуска или серии</translation>
    </message>
    <message>
        <source>Corescope reports (*.json);;All files (*)</source>
        <translation>Отчёты Corescope (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Per-core utilization</source>
        <translation>Загрузка по ядрам</translation>
    </message>
    <message>
        <source>Task timeline</source>
        <translation>Шкала времени задач</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Ускорение</translation>
    </message>
    <message>
        <source>the chart is not available</source>
        <translation>график недоступен</translation>
    </message>
    <message>
        <source>there is no finished run to export yet</source>
        <translation>пока нет завершённого запуска для экспорта</translation>
    </message>
    <message>
        <source>%1 is a chart format, not a data format</source>
        <translation>%1 — формат графиков, а не данных</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 экспортирован в %2</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>Не удалось экспортировать %1: %2</translation>
    </message>
    <message>
        <source>the run&apos;s data</source>
        <translation>данные запуска</translation>
    </message>
    <message>
        <source>Export the Sweep&apos;s Speedup Chart</source>
        <translation>Экспорт графика ускорения серии</translation>
    </message>
    <message>
        <source>the sweep&apos;s speedup chart</source>
        <translation>график ускорения серии</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Экспорт запуска</translation>
    </message>
    <message>
        <source>&amp;Export %1…</source>
        <translation>&amp;Экспорт: %1…</translation>
    </message>
    <message>
        <source>Its workload “%1” is not on this machine: the side panel keeps “%2”, the one loaded.</source>
        <translation>Его нагрузки «%1» нет на этой машине: боковая панель оставляет загруженную «%2».</translation>
    </message>
    <message>
        <source>Its workload file no longer loads (%1): the side panel keeps “%2”.</source>
        <translation>Файл его нагрузки больше не читается (%1): боковая панель оставляет «%2».</translation>
    </message>
</context>
<context>
    <name>corescope::gui::GuiMain</name>
    <message>
        <source>--screenshot: could not write &quot;%1&quot;</source>
        <translation>--screenshot: не удалось записать &quot;%1&quot;</translation>
    </message>
    <message>
        <source>See parallelism: run a workload serially, on threads or on processes and watch the cores, the per-worker timeline and the speedup.</source>
        <translation>Увидеть параллелизм: запустите нагрузку последовательно, на потоках или на процессах и смотрите на ядра, шкалу времени рабочих и ускорение.</translation>
    </message>
    <message>
        <source>A shipped workload id or name, or a workload JSON file (default: the last one used, else primes50).</source>
        <translation>Id или имя поставляемой нагрузки или JSON-файл нагрузки (по умолчанию: последняя использованная, иначе primes50).</translation>
    </message>
    <message>
        <source>The language: en, ko or ru (default: View &gt; Language, else the system&apos;s).</source>
        <translation>Язык: en, ko или ru (по умолчанию: Вид &gt; Язык, иначе язык системы).</translation>
    </message>
    <message>
        <source>expected at most one workload, got %1: &quot;%2&quot;</source>
        <translation>ожидалось не больше одной нагрузки, а здесь %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--race: races the lesson given with --lesson (and replaces --run)</source>
        <translation>--race: запускает гонку урока, заданного через --lesson (и заменяет --run)</translation>
    </message>
    <message>
        <source>--window-size: expected WIDTHxHEIGHT such as 1600x1000, got &quot;%1&quot;</source>
        <translation>--window-size: ожидалось ШИРИНАxВЫСОТА, например 1600x1000, а здесь &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--tab: expected live, speedup, results or sweep, got &quot;%1&quot;</source>
        <translation>--tab: ожидалось live, speedup, results или sweep, а здесь &quot;%1&quot;</translation>
    </message>
    <message>
        <source>could not load &quot;%1&quot;</source>
        <translation>не удалось загрузить &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--lesson: no lesson &quot;%1&quot; (corescope lessons lists them)</source>
        <translation>--lesson: урока &quot;%1&quot; нет; список: &apos;corescope lessons&apos;</translation>
    </message>
    <message>
        <source>--race: the lesson has no race</source>
        <translation>--race: у этого урока нет гонки</translation>
    </message>
    <message>
        <source>could not load &quot;%1&quot;: %2</source>
        <translation>не удалось загрузить &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>corescope::gui::LessonGuide</name>
    <message>
        <source>&amp;Beyond the tutorials</source>
        <translation>&amp;За пределами учебников</translation>
    </message>
    <message>
        <source>&amp;%1  %2 (%3): %4</source>
        <translation>&amp;%1  %2 (%3): %4</translation>
    </message>
    <message>
        <source>&amp;Close the Lesson</source>
        <translation>&amp;Закрыть урок</translation>
    </message>
    <message>
        <source>Hide the lesson&apos;s text; the workload and options stay</source>
        <translation>Скрыть текст урока; нагрузка и параметры остаются</translation>
    </message>
</context>
<context>
    <name>corescope::gui::LessonPanel</name>
    <message>
        <source>Fold the lesson</source>
        <translation>Свернуть урок</translation>
    </message>
    <message>
        <source>Run this lesson</source>
        <translation>Запустить урок</translation>
    </message>
    <message>
        <source>Run what the side panel shows: the lesson&apos;s workload and options, or what you changed since (the same as Run, Ctrl+R)</source>
        <translation>Запустить то, что показывает боковая панель: нагрузку и параметры урока или то, что вы изменили после (то же, что «Запуск», Ctrl+R)</translation>
    </message>
    <message>
        <source>Close the lesson (the workload and options stay)</source>
        <translation>Закрыть урок (нагрузка и параметры остаются)</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Закрыть урок</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Урок: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to look for:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;На что смотреть:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs on:&lt;/b&gt; %1, in a real Python interpreter</source>
        <translation>&lt;b&gt;Где выполняется:&lt;/b&gt; %1, в настоящем интерпретаторе Python</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs on:&lt;/b&gt; %1, the native C++ kernels (Python would be slower per task)</source>
        <translation>&lt;b&gt;Где выполняется:&lt;/b&gt; %1, нативные ядра C++ (в Python каждая задача шла бы медленнее)</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 с</translation>
    </message>
    <message>
        <source>&lt;b&gt;Then try:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Затем попробуйте:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#33691e&quot;&gt;From the teaching material: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#33691e&quot;&gt;Из учебного материала: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>
From the teaching material: %1</source>
        <translation>
Из учебного материала: %1</translation>
    </message>
    <message>
        <source>The lesson picked in the Lessons menu: it stays until you close it or pick another.%1</source>
        <translation>Урок, выбранный в меню «Уроки»: он остаётся, пока вы его не закроете или не выберете другой.%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>1 core</source>
        <translation>1 ядро</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>ядер: %1</translation>
    </message>
    <message>
        <source>, Python %1</source>
        <translation>, Python %1</translation>
    </message>
    <message>
        <source>, start method %1</source>
        <translation>, способ запуска %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tutorial printed&lt;/b&gt; (its author&apos;s machine): %1.</source>
        <translation>&lt;b&gt;В учебнике вышло&lt;/b&gt; (на машине автора): %1.</translation>
    </message>
    <message>
        <source> &lt;b&gt;This machine:&lt;/b&gt; run the lesson, and its serial run, to compare.</source>
        <translation> &lt;b&gt;Эта машина:&lt;/b&gt; запустите урок и его последовательный вариант, чтобы сравнить.</translation>
    </message>
    <message>
        <source> &lt;b&gt;This machine&lt;/b&gt; (%1): %2. Times differ with the processor, the cores and the start method; the ratios are what carries over.</source>
        <translation> &lt;b&gt;Эта машина&lt;/b&gt; (%1): %2. Времена зависят от процессора, ядер и способа запуска; переносятся отношения.</translation>
    </message>
    <message>
        <source>Show what to look for</source>
        <translation>Показать, на что смотреть</translation>
    </message>
    <message>
        <source>Fold the lesson to its title</source>
        <translation>Свернуть урок до заголовка</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Гонка</translation>
    </message>
    <message>
        <source>Run the lesson&apos;s workload on %1, then on %2, and show both timelines on one time axis with their wall times</source>
        <translation>Запустить нагрузку урока на %1, затем на %2 и показать обе временные шкалы на одной оси времени с их общим временем</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>corescope::gui::LivePage</name>
    <message>
        <source>%1 logical cores</source>
        <translation>логических ядер: %1</translation>
    </message>
    <message>
        <source>%1, %2 logical cores</source>
        <translation>%1, логических ядер: %2</translation>
    </message>
    <message>
        <source>One row per worker, one bar per task. Hover a bar for its details, drag to pan, scroll to zoom, right-click to export or fit the whole run.</source>
        <translation>По строке на рабочего, по полосе на задачу. Наведите на полосу — подробности, перетаскивайте — сдвиг, колесо — масштаб, правый щелчок — экспорт или весь запуск целиком.</translation>
    </message>
    <message>
        <source>Per-core utilization</source>
        <translation>Загрузка по ядрам</translation>
    </message>
    <message>
        <source>Task timeline</source>
        <translation>Шкала времени задач</translation>
    </message>
    <message>
        <source>Per-core utilization: one line per logical core over the average (the wide grey band). Its time axis is the timeline&apos;s: zoom or pan either. Right-click to export.</source>
        <translation>Загрузка по ядрам: по линии на каждое логическое ядро поверх среднего (широкая серая полоса). Ось времени общая с временной шкалой: масштабируйте или сдвигайте любую. Правый щелчок — экспорт.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::MainWindow</name>
    <message>
        <source>&amp;Live: cores and timeline</source>
        <translation>&amp;Вживую: ядра и задачи</translation>
    </message>
    <message>
        <source>Per-core utilization and the per-worker task timeline, live (Ctrl+1)</source>
        <translation>Загрузка по ядрам и шкала времени задач по рабочим, вживую (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Speedup</source>
        <translation>&amp;Ускорение</translation>
    </message>
    <message>
        <source>Every finished run of this workload against the serial run (Ctrl+2)</source>
        <translation>Все завершённые запуски этой нагрузки относительно последовательного (Ctrl+2)</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <source>One row per finished task, sortable (Ctrl+3)</source>
        <translation>По строке на завершённую задачу, с сортировкой (Ctrl+3)</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>С&amp;ерия</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Управление</translation>
    </message>
    <message>
        <source>Corescope — %1</source>
        <translation>Corescope — %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Выполняется %1…</translation>
    </message>
    <message>
        <source>a run is going (wait for it, or cancel it with Esc)</source>
        <translation>идёт запуск (дождитесь его или отмените клавишей Esc)</translation>
    </message>
    <message>
        <source>Python Equivalent</source>
        <translation>То же на Python</translation>
    </message>
    <message>
        <source>Speedup and efficiency over modes and worker counts, measured in one go (Ctrl+4; Run &gt; Sweep…, Ctrl+Shift+R)</source>
        <translation>Ускорение и эффективность по режимам и числам рабочих, измеренные за один раз (Ctrl+4; Запуск &gt; Серия замеров…, Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::MessageBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ModeBox</name>
    <message>
        <source>One task after another on one thread: the baseline every speedup is measured against</source>
        <translation>Задачи одна за другой в одном потоке: базовая линия, относительно которой измеряется любое ускорение</translation>
    </message>
    <message>
        <source>A pool of threads. Native runtime: C++ threads with no GIL, unless &quot;Emulated GIL&quot; is ticked; Python runtime: Python&apos;s own threads (ThreadPoolExecutor, ThreadPool) under the real GIL</source>
        <translation>Пул потоков. Нативная среда: потоки C++ без GIL, если не отмечен «Эмулированный GIL»; среда Python: собственные потоки Python (ThreadPoolExecutor, ThreadPool) под настоящим GIL</translation>
    </message>
    <message>
        <source>A pool of worker processes: Corescope&apos;s native workers, or in the Python runtime Python&apos;s own (ProcessPoolExecutor, multiprocessing.Pool); inputs and results travel between processes</source>
        <translation>Пул рабочих процессов: нативные рабочие Corescope или, в среде Python, собственные рабочие Python (ProcessPoolExecutor, multiprocessing.Pool); входы и результаты передаются между процессами</translation>
    </message>
    <message>
        <source>Ranks of an MPI job (Open MPI&apos;s mpirun, started by Corescope) as the workers, on this machine or on the hosts named below; inputs and results travel as MPI messages</source>
        <translation>Рабочие — ранги задания MPI (mpirun из Open MPI, запускает Corescope), на этой машине или на узлах, указанных ниже; входные данные и результаты передаются сообщениями MPI</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>последовательно</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>потоки</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>процессы</translation>
    </message>
    <message>
        <source>MPI ranks</source>
        <translation>ранги MPI</translation>
    </message>
    <message>
        <source>Serial (the baseline), threads in this process, worker processes, or the ranks of an MPI job</source>
        <translation>Последовательно (база сравнения), потоки в этом процессе, рабочие процессы или ранги задания MPI</translation>
    </message>
</context>
<context>
    <name>corescope::gui::PythonPanel</name>
    <message>
        <source>Python that does what the current settings do: select and copy, or press Copy.</source>
        <translation>Код на Python, который делает то же, что текущие настройки: выделите и скопируйте или нажмите «Копировать».</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the program to the clipboard</source>
        <translation>Скопировать программу в буфер обмена</translation>
    </message>
    <message>
        <source>Pick a workload to see its Python.</source>
        <translation>Выберите нагрузку, чтобы увидеть её код на Python.</translation>
    </message>
    <message>
        <source>What the Python runtime runs for these settings, less its tracing:</source>
        <translation>Что среда Python выполняет при этих настройках (без трассировки):</translation>
    </message>
    <message>
        <source>These settings in Python (this run is native C++):</source>
        <translation>Эти настройки на Python (этот запуск — нативный C++):</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RaceWindow</name>
    <message>
        <source>Race: %1</source>
        <translation>Гонка: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, the same tasks twice, one after the other: &lt;b&gt;%2&lt;/b&gt; (top), then &lt;b&gt;%3&lt;/b&gt; (below), on one time axis.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, те же задачи дважды, одна за другой: &lt;b&gt;%2&lt;/b&gt; (сверху), затем &lt;b&gt;%3&lt;/b&gt; (снизу), на одной оси времени.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · wall time %2</source>
        <translation>%1 · общее время %2</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ResultsPage</name>
    <message>
        <source>One row per finished task, in the order they finished. Click a column header to sort.</source>
        <translation>По строке на завершённую задачу, в порядке завершения. Щёлкните заголовок столбца для сортировки.</translation>
    </message>
    <message>
        <source>Rows in the order the tasks finished. Click a column header to sort.</source>
        <translation>Строки в порядке завершения задач. Щёлкните заголовок столбца, чтобы отсортировать.</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending. Click the header again to reverse.</source>
        <translation>Сортировка по «%1», по возрастанию. Щёлкните заголовок ещё раз, чтобы обратить.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending. Click the header again to reverse.</source>
        <translation>Сортировка по «%1», по убыванию. Щёлкните заголовок ещё раз, чтобы обратить.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RunExplanation</name>
    <message>
        <source>exit(3)</source>
        <translation>exit(3)</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>сигнал %1</translation>
    </message>
    <message>
        <source>The Python worker processes</source>
        <translation>Рабочие процессы Python</translation>
    </message>
    <message>
        <source>The native worker processes</source>
        <translation>Нативные рабочие процессы</translation>
    </message>
    <message>
        <source>The Python threads</source>
        <translation>Потоки Python</translation>
    </message>
    <message>
        <source>The native threads (with the emulated GIL)</source>
        <translation>Нативные потоки (с эмулированным GIL)</translation>
    </message>
    <message>
        <source>The native threads (C++, no GIL)</source>
        <translation>Нативные потоки (C++, без GIL)</translation>
    </message>
    <message>
        <source>the Python worker processes</source>
        <translation>рабочие процессы Python</translation>
    </message>
    <message>
        <source>the native worker processes</source>
        <translation>нативные рабочие процессы</translation>
    </message>
    <message>
        <source>the Python threads</source>
        <translation>потоки Python</translation>
    </message>
    <message>
        <source>the native threads (with the emulated GIL)</source>
        <translation>нативные потоки (с эмулированным GIL)</translation>
    </message>
    <message>
        <source>the native threads (C++, no GIL)</source>
        <translation>нативные потоки (C++, без GIL)</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>Shared counter: expected %1, the caller sees %2. Every update arrived.</source>
        <translation>Общий счётчик: ожидалось %1, вызывающая сторона видит %2. Дошли все обновления.</translation>
    </message>
    <message>
        <source>%1 added to one counter in memory they share, with a lock around each read and write back (Python: with v.get_lock(): v.value += 1; natively one atomic add), so no update overwrote another: right, and slower (%2 per update here, task time / updates).</source>
        <translation>%1 прибавляли к одному счётчику в общей памяти, с блокировкой вокруг каждого чтения и обратной записи (Python: with v.get_lock(): v.value += 1; нативно — одно атомарное сложение), поэтому ни одно обновление не затёрло другое: верно, но медленнее (здесь %2 на обновление, время задач / число обновлений).</translation>
    </message>
    <message>
        <source>The counter lives in a Manager&apos;s process; %1 reached it through proxies, so every update made round trips to another process (the lock, the read, the write, the unlock: %2 per update here, task time / updates): right, and the bars are long.</source>
        <translation>Счётчик живёт в процессе Manager; %1 добирались до него через прокси, поэтому каждое обновление требовало походов в другой процесс и обратно (блокировка, чтение, запись, снятие блокировки: здесь %2 на обновление, время задач / число обновлений): верно, а полосы длинные.</translation>
    </message>
    <message>
        <source>Only one worker touched the counter, so nobody else could overwrite its updates. Run it on two or more workers without a lock to see updates lost.</source>
        <translation>Счётчик трогал только один рабочий, поэтому никто не мог затереть его обновления. Запустите на двух или более рабочих без блокировки, чтобы увидеть потерю обновлений.</translation>
    </message>
    <message>
        <source>The lock lets one thread at a time read the counter and write it back, so no update overwrites another: right, and slower.</source>
        <translation>Блокировка позволяет только одному потоку за раз читать счётчик и записывать его обратно, поэтому ни одно обновление не затирает другое: верно, но медленнее.</translation>
    </message>
    <message>
        <source>%1 read the shared counter and wrote it back in two steps with no lock, and this time none wrote in between: the tasks hardly overlapped. That is luck, not a promise: run it again. Python needs get_lock() (counter-shared-locked).</source>
        <translation>%1 читали общий счётчик и записывали его обратно в два шага без блокировки, и на этот раз никто не успел записать в промежутке: задачи почти не перекрывались. Это удача, а не гарантия: запустите ещё раз. В Python нужен get_lock() (counter-shared-locked).</translation>
    </message>
    <message>
        <source>Under the GIL, on this interpreter (%1), no thread was switched out between reading and writing the counter. That is not a promise: a call between the read and the write, or a free-threaded build, loses updates; a lock makes it right everywhere (counter-locked).</source>
        <translation>Под GIL на этом интерпретаторе (%1) ни один поток не переключился между чтением и записью счётчика. Это не гарантия: вызов функции между чтением и записью или сборка без GIL теряют обновления; блокировка делает итог верным везде (counter-locked).</translation>
    </message>
    <message>
        <source>Under the emulated GIL the native threads took turns in long slices and none was switched out between reading and writing the counter this time; without the GIL they run at once and lose updates.</source>
        <translation>Под эмулированным GIL нативные потоки чередовались длинными отрезками, и на этот раз ни один не переключился между чтением и записью счётчика; без GIL они работают одновременно и теряют обновления.</translation>
    </message>
    <message>
        <source>%1 happened not to overlap this time: run it again, or with more workers, and updates get lost.</source>
        <translation>%1 на этот раз случайно не перекрылись: запустите ещё раз или с большим числом рабочих, и обновления начнут теряться.</translation>
    </message>
    <message>
        <source>Shared counter: expected %1, the caller sees 0.</source>
        <translation>Общий счётчик: ожидалось %1, вызывающая сторона видит 0.</translation>
    </message>
    <message>
        <source>Each worker process added to its own copy of the counter, in its own memory; the caller&apos;s counter was never touched, like the notebook&apos;s results dict that comes back empty. A lock cannot help across processes: put the counter in memory shared with the workers and lock each update (counter-shared-locked), or in a Manager (counter-manager).</source>
        <translation>Каждый рабочий процесс прибавлял к своей копии счётчика в своей памяти; счётчик вызывающей стороны никто не трогал — как словарь results в блокноте, который возвращается пустым. Блокировка между процессами не поможет: поместите счётчик в память, общую с рабочими, и блокируйте каждое обновление (counter-shared-locked), или в Manager (counter-manager).</translation>
    </message>
    <message>
        <source>Shared counter: expected %1, the caller sees %2: %3 updates lost (%4%).</source>
        <translation>Общий счётчик: ожидалось %1, вызывающая сторона видит %2: потеряно обновлений — %3 (%4%).</translation>
    </message>
    <message>
        <source>The counter is in memory %1 share, but without a lock each update is a read and then a write: two workers read the same value and both write value + 1, so one addition overwrites the other. In Python, v.value += 1 on a multiprocessing.Value or Array does the same (the getter and the setter each lock, not the pair): Python needs get_lock() (counter-shared-locked), and the total is right.</source>
        <translation>Счётчик лежит в памяти, которую делят %1, но без блокировки каждое обновление — это чтение, а потом запись: два рабочих читают одно значение и оба пишут значение + 1, так что одно сложение затирает другое. В Python v.value += 1 над multiprocessing.Value или Array делает то же самое (геттер и сеттер блокируют каждый по отдельности, но не вместе): в Python нужен get_lock() (counter-shared-locked), и тогда итог верный.</translation>
    </message>
    <message>
        <source>On this interpreter (%1) a thread was switched out between reading the counter and writing it back: another thread&apos;s update in between was overwritten. Put a lock around the update (counter-locked) and the total is right.</source>
        <translation>На этом интерпретаторе (%1) поток переключился между чтением счётчика и записью его обратно: обновление другого потока в промежутке было затёрто. Поставьте блокировку вокруг обновления (counter-locked), и итог будет верным.</translation>
    </message>
    <message>
        <source>%1 ran without a lock: “counter += 1” is a read and then a write, two threads read the same value and both write value + 1, so one addition overwrites the other. Put a lock around the update (counter-locked) and the total is right.</source>
        <translation>%1 работали без блокировки: «counter += 1» — это чтение, а потом запись; два потока читают одно значение и оба пишут значение + 1, так что одно сложение затирает другое. Поставьте блокировку вокруг обновления (counter-locked), и итог будет верным.</translation>
    </message>
    <message>
        <source>Shared counter: expected %1, the caller sees %2.</source>
        <translation>Общий счётчик: ожидалось %1, вызывающая сторона видит %2.</translation>
    </message>
    <message>
        <source>The caller&apos;s counter holds more than the finished tasks added: it includes updates from tasks that did not finish.</source>
        <translation>Счётчик вызывающей стороны больше, чем прибавили завершённые задачи: в нём есть обновления незавершённых задач.</translation>
    </message>
    <message>
        <source>One of its tasks</source>
        <translation>Одна из её задач</translation>
    </message>
    <message>
        <source>Task %1 (input 0)</source>
        <translation>Задача %1 (вход 0)</translation>
    </message>
    <message>
        <source>In serial mode it would run inside Corescope itself</source>
        <translation>В последовательном режиме она выполнялась бы внутри самого Corescope</translation>
    </message>
    <message>
        <source>In threads mode every task runs on a thread of one process, Corescope itself</source>
        <translation>В режиме потоков каждая задача выполняется в потоке одного процесса — самого Corescope</translation>
    </message>
    <message>
        <source>Why “%1” does not run in %2 mode: %3 crashes the process that runs it (%4). %5, and a crash ends a process with all its threads: the window, the charts and every result would vanish at once. The same happens to a Python program whose thread crashes the interpreter; nothing can catch it. In processes mode only one worker process dies: the pool notices, names the task (Python raises BrokenProcessPool) and the results computed before it stay. Switch the mode to processes to see it.</source>
        <translation>Почему «%1» не запускается в режиме «%2»: %3 роняет процесс, в котором выполняется (%4). %5, а сбой завершает процесс вместе со всеми его потоками: окно, графики и все результаты исчезли бы разом. То же происходит с программой на Python, поток которой роняет интерпретатор; перехватить это нельзя. В режиме процессов умирает только один рабочий процесс: пул это замечает, называет задачу (Python выбрасывает BrokenProcessPool), и результаты, посчитанные до неё, остаются. Переключите режим на процессы, чтобы это увидеть.</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Готово за %1</translation>
    </message>
    <message>
        <source>%1 of %2 results differ from the values the workload expects: they are marked ✗ in the Results tab.</source>
        <translation>%1 из %2 результатов отличаются от ожидаемых нагрузкой значений: на вкладке «Результаты» они отмечены ✗.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Cancelled after %1 s with %2 of %3 tasks done. The finished tasks stay in the table and on the timeline.</source>
        <translation>Отменено через %1 с, выполнено %2 из %3 задач. Завершённые задачи остаются в таблице и на шкале времени.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Запуск завершился сбоем: %1</translation>
    </message>
    <message>
        <source>The 1 result computed before it stays in the table.</source>
        <translation>Результат, посчитанный до неё, остаётся в таблице.</translation>
    </message>
    <message>
        <source>The %1 results computed before it stay in the table.</source>
        <translation>Результаты, посчитанные до неё (%1), остаются в таблице.</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 задача</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>задач: %1</translation>
    </message>
    <message>
        <source>Python runtime only</source>
        <translation>только среда Python</translation>
    </message>
    <message>
        <source>Tasks cut short by Cancel: %1, drawn as dashed bars marked “cancelled”.</source>
        <translation>Задач, прерванных отменой: %1; они нарисованы штриховыми полосами с пометкой «отменена».</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>готово: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>с ошибкой: %1</translation>
    </message>
    <message>
        <source>%1 stopped with the pool</source>
        <translation>остановлено вместе с пулом: %1</translation>
    </message>
    <message>
        <source>%1 cut short by Cancel</source>
        <translation>прервано отменой: %1</translation>
    </message>
    <message>
        <source>Tasks that ended / tasks in the workload: %1</source>
        <translation>Завершившиеся задачи / задачи нагрузки: %1</translation>
    </message>
    <message>
        <source>%1 not finished</source>
        <translation>не завершено: %1</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RunLabel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2&apos;s default)</source>
        <translation>%1 (по умолчанию у %2)</translation>
    </message>
    <message>
        <source>native C++ kernels</source>
        <translation>нативные ядра на C++</translation>
    </message>
    <message>
        <source>native C++ kernels; each task computed %1x as long in Python (last Python run)</source>
        <translation>нативные ядра на C++; в Python каждая задача считалась в %1 раза дольше (последний запуск на Python)</translation>
    </message>
    <message>
        <source>%1 work per task</source>
        <translation>работа на задачу %1</translation>
    </message>
    <message>
        <source>%1 work per task (%2 asked)</source>
        <translation>работа на задачу %1 (запрошено %2)</translation>
    </message>
    <message>
        <source>%1 (%2 ignored by %3)</source>
        <translation>%1 (%3 не учитывает %2)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RunLauncher</name>
    <message>
        <source>A run is going</source>
        <translation>Идёт запуск</translation>
    </message>
    <message>
        <source>“%1” is still running. Cancel it and start the new run?</source>
        <translation>«%1» ещё выполняется. Отменить его и начать новый запуск?</translation>
    </message>
    <message>
        <source>Cancel It and &amp;Start</source>
        <translation>Отменить и &amp;начать</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>A sweep is running: cancel it on the Sweep tab, or wait for it to finish, before starting a run.</source>
        <translation>Идёт серия замеров: отмените её на вкладке «Серия» или дождитесь окончания, прежде чем начинать запуск.</translation>
    </message>
    <message>
        <source>Checking the Python interpreter: the run starts when it answers (Esc cancels).</source>
        <translation>Проверяется интерпретатор Python: запуск начнётся, когда он ответит (Esc — отмена).</translation>
    </message>
    <message>
        <source>“%1” cannot run %2: %3</source>
        <translation>«%1» не может выполняться как %2: %3</translation>
    </message>
    <message>
        <source>The Python runtime cannot run it here either: %1</source>
        <translation>Среда Python здесь тоже не может её выполнить: %1</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RunStatusBar</name>
    <message>
        <source>%1 tasks/s</source>
        <translation>%1 задач/с</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>What the current run is doing, or how the last one ended</source>
        <translation>Что делает текущий запуск или чем закончился последний</translation>
    </message>
    <message>
        <source>%v / %m tasks</source>
        <translation>%v / %m задач</translation>
    </message>
    <message>
        <source>Tasks finished / tasks in the workload</source>
        <translation>Завершённые задачи / задачи нагрузки</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Ход запуска</translation>
    </message>
    <message>
        <source>Wall time since the run started</source>
        <translation>Время с начала запуска</translation>
    </message>
    <message>
        <source>Tasks finished per second of wall time, over the whole run</source>
        <translation>Завершённых задач в секунду за весь запуск</translation>
    </message>
    <message>
        <source>Estimated time left at the rate so far</source>
        <translation>Оценка оставшегося времени при текущем темпе</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Прошло %1</translation>
    </message>
    <message>
        <source>— tasks/s</source>
        <translation>— задач/с</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Осталось %1</translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>Осталось —</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Запусков ещё не было</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RuntimeChooser</name>
    <message>
        <source>Native (C++)</source>
        <translation>Нативная (C++)</translation>
    </message>
    <message>
        <source>The kernels in C++: what the hardware can do, with Python&apos;s GIL emulated when ticked</source>
        <translation>Ядра на C++: на что способно железо; при отмеченном флажке GIL Python эмулируется</translation>
    </message>
    <message>
        <source>Python (CPython)</source>
        <translation>Python (CPython)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Интерпретатор</translation>
    </message>
    <message>
        <source>Choose the Python interpreter the Python runtime uses</source>
        <translation>Выбрать интерпретатор Python для среды Python</translation>
    </message>
    <message>
        <source>Choose a Python interpreter…</source>
        <translation>Выбрать интерпретатор Python…</translation>
    </message>
    <message>
        <source>Use python3 on PATH</source>
        <translation>Использовать python3 из PATH</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>Выбор интерпретатора Python</translation>
    </message>
    <message>
        <source>python3 on PATH</source>
        <translation>python3 из PATH</translation>
    </message>
    <message>
        <source>Checking the Python interpreter (%1)…</source>
        <translation>Проверяем интерпретатор Python (%1)…</translation>
    </message>
    <message>
        <source>Python %1, %2</source>
        <translation>Python %1, %2</translation>
    </message>
    <message>
        <source>A real CPython interpreter through Python&apos;s own APIs, traced live: %1</source>
        <translation>Настоящий интерпретатор CPython через собственные API Python, с трассировкой вживую: %1</translation>
    </message>
    <message>
        <source>Native runs the kernels in C++; Python runs them in real CPython (%1)</source>
        <translation>Нативная среда выполняет ядра на C++; Python выполняет их в настоящем CPython (%1)</translation>
    </message>
    <message>
        <source>Python runtime unavailable: %1</source>
        <translation>Среда Python недоступна: %1</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SavedFile</name>
    <message>
        <source>an unknown date</source>
        <translation>неизвестная дата</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>машина без имени</translation>
    </message>
    <message>
        <source>saved run from %1, %2</source>
        <translation>сохранённый запуск с %1, %2</translation>
    </message>
    <message>
        <source>saved sweep from %1, %2</source>
        <translation>сохранённая серия с %1, %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: нет такого файла</translation>
    </message>
    <message>
        <source>%1: not a saved Corescope run or sweep (its &quot;format&quot; is not &quot;corescope-run&quot; or &quot;corescope-sweep&quot;)</source>
        <translation>%1: это не сохранённый запуск или серия Corescope (его «format» не «corescope-run» и не «corescope-sweep»)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>В других окнах</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SpeedupPage</name>
    <message>
        <source>Run &amp;serial baseline</source>
        <translation>&amp;Последовательный запуск</translation>
    </message>
    <message>
        <source>Speedup = serial time / this time, one series per mode; the dashed line is ideal scaling. Hover a point for its efficiency; right-click to export.</source>
        <translation>Ускорение = последовательное время / это время, по ряду на режим; пунктир — идеальное масштабирование. Наведите на точку — эффективность; правый щелчок — экспорт.</translation>
    </message>
    <message>
        <source>Runs that ended well count; cancelled and failed runs do not</source>
        <translation>Учитываются успешные запуски; отменённые и завершившиеся сбоем — нет</translation>
    </message>
    <message>
        <source>Forget these runs</source>
        <translation>Забыть эти запуски</translation>
    </message>
    <message>
        <source>Start this workload&apos;s speedup chart over</source>
        <translation>Начать график ускорения этой нагрузки заново</translation>
    </message>
    <message>
        <source>%1 · against the serial run (%2) · %3</source>
        <translation>%1 · относительно последовательного запуска (%2) · %3</translation>
    </message>
    <message>
        <source>%1 · no serial run yet · %2</source>
        <translation>%1 · последовательного запуска ещё нет · %2</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Ускорение</translation>
    </message>
    <message>
        <source>No runs of “%1” yet. Speedup is measured against a serial run: run the baseline, then the same workload on threads or processes.</source>
        <translation>Запусков «%1» ещё нет. Ускорение измеряется относительно последовательного запуска: выполните базовый запуск, затем ту же нагрузку на потоках или процессах.</translation>
    </message>
    <message>
        <source>No serial run of “%1” yet, so the run you made has nothing to be compared with. Run the serial baseline to see its speedup.</source>
        <translation>Последовательного запуска «%1» ещё нет, поэтому ваш запуск не с чем сравнить. Выполните последовательный запуск, чтобы увидеть его ускорение.</translation>
    </message>
    <message>
        <source>No serial run of “%1” yet, so the %2 runs you made have nothing to be compared with. Run the serial baseline to see their speedup.</source>
        <translation>Последовательного запуска «%1» ещё нет, поэтому ваши запуски (%2) не с чем сравнить. Выполните последовательный запуск, чтобы увидеть их ускорение.</translation>
    </message>
    <message>
        <source>No finished runs of this workload yet.</source>
        <translation>Завершённых запусков этой нагрузки ещё нет.</translation>
    </message>
    <message>
        <source>1 finished run of “%1” on this chart.</source>
        <translation>На графике 1 завершённый запуск «%1».</translation>
    </message>
    <message>
        <source>%1 finished runs of “%2” on this chart.</source>
        <translation>Завершённых запусков «%2» на графике: %1.</translation>
    </message>
    <message>
        <source>1 finished run of “%1”, drawn once a serial run gives it a baseline.</source>
        <translation>1 завершённый запуск «%1»; он появится на графике, когда последовательный запуск даст базу.</translation>
    </message>
    <message>
        <source>%1 finished runs of “%2”, drawn once a serial run gives them a baseline.</source>
        <translation>Завершённых запусков «%2»: %1; они появятся на графике, когда последовательный запуск даст базу.</translation>
    </message>
    <message>
        <source>%1 · against Python&apos;s serial run (%2) · %3</source>
        <translation>%1 · относительно последовательного запуска Python (%2) · %3</translation>
    </message>
    <message>
        <source>1 more waits for a serial run of its own runtime.</source>
        <translation>Ещё 1 ждёт последовательного запуска своей среды.</translation>
    </message>
    <message>
        <source>%1 more wait for a serial run of their own runtime.</source>
        <translation>Ещё %1 ждут последовательного запуска своей среды.</translation>
    </message>
    <message>
        <source>%1 · native runs against the native serial run (%2), Python&apos;s against Python&apos;s (%3) · %4</source>
        <translation>%1 · нативные запуски относительно нативного последовательного запуска (%2), запуски Python — относительно последовательного запуска Python (%3) · %4</translation>
    </message>
    <message>
        <source>No Python serial run of “%1” yet: Python runs are measured against Python&apos;s own serial loop, not against C++. The button runs it in Python.</source>
        <translation>Последовательного запуска «%1» на Python ещё нет: запуски Python сравниваются с последовательным циклом самого Python, а не с C++. Кнопка выполнит его на Python.</translation>
    </message>
    <message>
        <source>No native serial run of “%1” yet: native runs are measured against a native serial run, not against Python&apos;s. The button runs it natively.</source>
        <translation>Нативного последовательного запуска «%1» ещё нет: нативные запуски сравниваются с нативным последовательным запуском, а не с запуском Python. Кнопка выполнит его нативно.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SweepForm</name>
    <message>
        <source>Modes:</source>
        <translation>Режимы:</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>последовательно</translation>
    </message>
    <message>
        <source>The serial baseline is always measured: every speedup is serial time / parallel time</source>
        <translation>Последовательная базовая линия измеряется всегда: любое ускорение — это последовательное время / параллельное время</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>потоки</translation>
    </message>
    <message>
        <source>Native threads: they run in parallel</source>
        <translation>Нативные потоки: работают параллельно</translation>
    </message>
    <message>
        <source>threads + GIL</source>
        <translation>потоки + GIL</translation>
    </message>
    <message>
        <source>Threads under the emulated GIL, as Python&apos;s threads behave</source>
        <translation>Потоки под эмулированным GIL, как ведут себя потоки Python</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>процессы</translation>
    </message>
    <message>
        <source>One worker process each; results travel back through pipes</source>
        <translation>По рабочему процессу на каждого; результаты возвращаются по каналам</translation>
    </message>
    <message>
        <source>Python threads</source>
        <translation>потоки Python</translation>
    </message>
    <message>
        <source>Python processes</source>
        <translation>процессы Python</translation>
    </message>
    <message>
        <source>Real CPython through the API chosen in the side panel, against Python&apos;s own serial loop</source>
        <translation>Настоящий CPython через API, выбранный на боковой панели, против собственного последовательного цикла Python</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Рабочие:</translation>
    </message>
    <message>
        <source>1-8 or 1,2,4,8</source>
        <translation>1-8 или 1,2,4,8</translation>
    </message>
    <message>
        <source>Worker counts to measure: a range (1-8), a list (1,2,4,8) or both (1-4,8,16). Default: 1 to twice the machine&apos;s %1 cores</source>
        <translation>Какие числа рабочих измерять: диапазон (1-8), список (1,2,4,8) или оба (1-4,8,16). По умолчанию: от 1 до удвоенного числа ядер машины (%1)</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>&amp;Повторы:</translation>
    </message>
    <message>
        <source>Runs per point: the chart shows their median, whiskers their fastest and slowest</source>
        <translation>Запусков на точку: график показывает их медиану, «усы» — самый быстрый и самый медленный</translation>
    </message>
    <message>
        <source>Warm-&amp;up run</source>
        <translation>&amp;Разогревающий запуск</translation>
    </message>
    <message>
        <source>One run first whose time is thrown away: caches, page faults and the worker executable are warm for the measured runs</source>
        <translation>Сначала один запуск, время которого отбрасывается: кэши, отказы страниц и исполняемый файл рабочего прогреты для измеряемых запусков</translation>
    </message>
    <message>
        <source>&amp;Start Sweep</source>
        <translation>&amp;Начать серию</translation>
    </message>
    <message>
        <source>Run the workload at every mode and worker count (Ctrl+Shift+R opens this tab)</source>
        <translation>Запустить нагрузку на каждом режиме и числе рабочих (Ctrl+Shift+R открывает эту вкладку)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sweep</source>
        <translation>&amp;Отменить серию</translation>
    </message>
    <message>
        <source>Stop after the current run; the finished points stay</source>
        <translation>Остановиться после текущего запуска; готовые точки останутся</translation>
    </message>
    <message>
        <source>Workers: %1</source>
        <translation>Рабочие: %1</translation>
    </message>
    <message>
        <source>Run the workload at every mode and worker count</source>
        <translation>Запустить нагрузку на каждом режиме и числе рабочих</translation>
    </message>
    <message>
        <source>Cannot start now: %1</source>
        <translation>Сейчас начать нельзя: %1</translation>
    </message>
    <message>
        <source>MPI</source>
        <comment>sweep mode: MPI ranks</comment>
        <translation>MPI</translation>
    </message>
    <message>
        <source>The ranks of an MPI job as the workers, on the hosts of the side panel&apos;s Hosts field (shown with Mode “MPI ranks”; this machine when it is empty). Rank counts beyond this machine&apos;s %1 cores are checked against the Amdahl fit of the counts up to them: predicted beside measured.</source>
        <translation>Ранги задания MPI в роли исполнителей, на хостах из поля «Узлы» боковой панели (оно видно в режиме «ранги MPI»; если оно пусто — на этой машине). Числа рангов больше %1 ядер этой машины сверяются с подгонкой Амдала по числам до них: прогноз рядом с измерением.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SweepPanel</name>
    <message>
        <source>no sweep yet</source>
        <translation>серии ещё нет</translation>
    </message>
    <message>
        <source>Choose modes and worker counts, then Start Sweep.</source>
        <translation>Выберите режимы и числа рабочих, затем нажмите «Начать серию».</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write the speedup or efficiency chart as PNG, SVG or PDF, or the points as CSV (right-click a chart for the same)</source>
        <translation>Записать график ускорения или эффективности в PNG, SVG или PDF, или точки в CSV (то же — правым щелчком по графику)</translation>
    </message>
    <message>
        <source>No workload is loaded.</source>
        <translation>Нагрузка не загружена.</translation>
    </message>
    <message>
        <source>Cannot start the sweep: %1.</source>
        <translation>Нельзя начать серию: %1.</translation>
    </message>
    <message>
        <source>Cancelling after the current run…</source>
        <translation>Отмена после текущего запуска…</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation>%1 / %2 точек</translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation>Запуск %1 из %2</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · осталось около %1</translation>
    </message>
    <message>
        <source>Done: %1 points in %2.</source>
        <translation>Готово: точек — %1, за %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 points finished; they stay on the charts.</source>
        <translation>Отменено: готово %1 из %2 точек; они остаются на графиках.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Сбой: %1</translation>
    </message>
    <message>
        <source>Saved sweep from %1, %2 — %3</source>
        <translation>Сохранённая серия с %1, %2 — %3</translation>
    </message>
    <message>
        <source>Saved sweep (%1): %2 of %3 points.</source>
        <translation>Сохранённая серия (%1): %2 из %3 точек.</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Ускорение</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Эффективность</translation>
    </message>
    <message>
        <source>there is no sweep to export yet</source>
        <translation>пока нет серии для экспорта</translation>
    </message>
    <message>
        <source>%1 Chart…</source>
        <translation>График «%1»…</translation>
    </message>
    <message>
        <source>Export the %1 Chart</source>
        <translation>Экспорт графика «%1»</translation>
    </message>
    <message>
        <source>Exported the %1 chart to %2</source>
        <translation>График «%1» экспортирован в %2</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Не удалось экспортировать: %1</translation>
    </message>
    <message>
        <source>Points as CSV…</source>
        <translation>Точки в CSV…</translation>
    </message>
    <message>
        <source>Export the Sweep as CSV</source>
        <translation>Экспорт серии в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the points to %1</source>
        <translation>Точки экспортированы в %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не удалась</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>не закончена</translation>
    </message>
    <message>
        <source> (the core marker is that machine&apos;s %1 cores)</source>
        <translation> (отметка ядер — это ядра той машины: %1)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SweepResultsView</name>
    <message>
        <source>Median speedup per worker count, whiskers from the repeats; the dashed line is ideal scaling, dotted curves the Amdahl fits</source>
        <translation>Медиана ускорения по числу рабочих, «усы» — по повторам; пунктир — идеальное масштабирование, точечные кривые — аппроксимации Амдала</translation>
    </message>
    <message>
        <source>Efficiency = speedup / workers: 100 % means every worker was fully used</source>
        <translation>Эффективность = ускорение / число рабочих: 100 % значит, что каждый рабочий был загружен полностью</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>режим</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>рабочие</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>ускорение</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>эффективность</translation>
    </message>
    <message>
        <source>Karp-Flatt</source>
        <translation>Карп-Флэтт</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>запуски</translation>
    </message>
    <message>
        <source>One row per measured point. Karp-Flatt: the serial fraction this point implies; rising with workers means growing overhead</source>
        <translation>По строке на измеренную точку. Карп-Флэтт: последовательная доля, которую подразумевает эта точка; рост с числом рабочих означает растущие накладные расходы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amdahl fit per mode&lt;/b&gt; — serial fraction f fitted to the points up to the machine&apos;s core count. The speedups at 8, 16 and 64 cores are a &lt;b&gt;prediction&lt;/b&gt; from the fit with its 95 % interval, not a measurement; a fit of one point predicts nothing.</source>
        <translation>&lt;b&gt;Подгонка по Амдалу для каждого режима&lt;/b&gt; — последовательная доля f, подогнанная по точкам до числа ядер машины. Ускорения на 8, 16 и 64 ядрах — &lt;b&gt;предсказание&lt;/b&gt; подгонки с 95 % интервалом, а не измерение; подгонка по одной точке ничего не предсказывает.</translation>
    </message>
    <message>
        <source>serial fraction f</source>
        <translation>последовательная доля f</translation>
    </message>
    <message>
        <source>%1 cores
(prediction)</source>
        <translation>ядер: %1
(прогноз)</translation>
    </message>
    <message>
        <source>no sweep yet · %1 logical cores</source>
        <translation>серии ещё нет · логических ядер: %1</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Ускорение</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Эффективность</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>сбой: %1</translation>
    </message>
    <message>
        <source>The median run took %1, under %2 ms: start-up and timer noise weigh on this point</source>
        <translation>Медианный запуск занял %1, меньше %2 мс: на эту точку сильно влияют запуск и шум таймера</translation>
    </message>
    <message>
        <source>No prediction: a fit of one point has no uncertainty</source>
        <translation>Без предсказания: у подгонки по одной точке нет оценки неопределённости</translation>
    </message>
    <message>
        <source>1 point ran under %1 ms (median): start-up and timer noise weigh on it, and an efficiency above 100 % is noise. Give the workload more or bigger tasks so that a run takes at least %1 ms.</source>
        <translation>1 точка выполнялась меньше %1 мс (медиана): на неё сильно влияют запуск и шум таймера, а эффективность выше 100 % — шум. Дайте нагрузке больше задач или задачи крупнее, чтобы запуск длился не меньше %1 мс.</translation>
    </message>
    <message>
        <source>%1 points ran under %2 ms (median): start-up and timer noise weigh on them, and an efficiency above 100 % is noise. Give the workload more or bigger tasks so that a run takes at least %2 ms.</source>
        <translation>Точек, выполнявшихся меньше %2 мс (медиана): %1; на них сильно влияют запуск и шум таймера, а эффективность выше 100 % — шум. Дайте нагрузке больше задач или задачи крупнее, чтобы запуск длился не меньше %2 мс.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: only 1 point with more than one worker within the cores, so no prediction; it needs at least %2.</source>
        <translation>Подгонка по Амдалу, %1: лишь 1 точка с более чем одним рабочим в пределах ядер, поэтому предсказания нет; нужно не меньше %2.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: only %2 points with more than one worker within the cores; its predictions need at least %3.</source>
        <translation>Подгонка по Амдалу, %1: точек с более чем одним рабочим в пределах ядер лишь %2; для предсказаний нужно не меньше %3.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: a poor fit — the measured speedups are %2 % off its curve on average (more than %3 %); do not trust its predictions.</source>
        <translation>Подгонка по Амдалу, %1: плохое совпадение — измеренные ускорения в среднем отклоняются от кривой на %2 % (больше %3 %); не доверяйте предсказаниям.</translation>
    </message>
    <message>
        <source>predicted %1 at %2, measured %3×</source>
        <translation>прогноз %1 при %2, измерено %3×</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 beyond this host&apos;s %2 cores&lt;/b&gt; (Amdahl fit of the counts up to %2, serial fraction %3 %): %4.</source>
        <translation>&lt;b&gt;%1 сверх %2 ядер этого хоста&lt;/b&gt; (подгонка Амдала по числам до %2, последовательная доля %3 %): %4.</translation>
    </message>
    <message>
        <source>A fit of one point has no uncertainty: these predictions are not reliable.</source>
        <translation>У подгонки по одной точке нет погрешности: этим прогнозам нельзя доверять.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: on %2 cores only 1 point with more than one worker fits within them, so no prediction; a machine of %3 or more cores gives the points a fit needs.</source>
        <translation>Подгонка по Амдалу, %1: на %2 ядрах в их пределах помещается лишь 1 точка с более чем одним рабочим, поэтому предсказания нет; машина с %3 и более ядрами даст точки, нужные подгонке.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: on %2 cores only %3 points with more than one worker fit within them; its predictions need %4 (a machine of %5 or more cores).</source>
        <translation>Подгонка по Амдалу, %1: на %2 ядрах в их пределах помещается лишь %3 точки с более чем одним рабочим; предсказаниям нужно %4 (машина с %5 и более ядрами).</translation>
    </message>
    <message>
        <source>Above 1: this point was slower than the serial run (speedup below 1): overhead, not a serial fraction of the work</source>
        <translation>Выше 1: эта точка медленнее последовательного запуска (ускорение ниже 1): это накладные расходы, а не последовательная доля работы</translation>
    </message>
</context>
<context>
    <name>corescope::gui::TaskModel</name>
    <message>
        <source>✗ differs</source>
        <translation>✗ отличается</translation>
    </message>
    <message>
        <source>✓ ok</source>
        <translation>✓ верно</translation>
    </message>
    <message>
        <source>✗ worker died</source>
        <translation>✗ рабочий умер</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>The worker process running task %1 died before it could return a result.</source>
        <translation>Рабочий процесс, выполнявший задачу %1, умер, не успев вернуть результат.</translation>
    </message>
    <message>
        <source>Task %1&apos;s result differs from the value the workload expects.</source>
        <translation>Результат задачи %1 отличается от значения, которого ожидает нагрузка.</translation>
    </message>
    <message>
        <source>Not handed back to the caller yet. %1: held until every task before it is done; %2: held until the last task is done.</source>
        <translation>Ещё не возвращён вызывающей стороне. %1: ждёт, пока не завершатся все задачи до него; %2: ждёт завершения последней задачи.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>The task&apos;s position in the workload&apos;s list of inputs</source>
        <translation>Место задачи в списке входов нагрузки</translation>
    </message>
    <message>
        <source>The input the kernel ran on</source>
        <translation>Вход, на котором работало ядро</translation>
    </message>
    <message>
        <source>What the kernel returned</source>
        <translation>Что вернуло ядро</translation>
    </message>
    <message>
        <source>The worker (thread or process) that ran the task, from 1</source>
        <translation>Рабочий (поток или процесс), выполнивший задачу, с 1</translation>
    </message>
    <message>
        <source>The process that ran the task</source>
        <translation>Процесс, выполнивший задачу</translation>
    </message>
    <message>
        <source>Wall time from the task&apos;s start to its end</source>
        <translation>Время от начала задачи до её конца</translation>
    </message>
    <message>
        <source>When the result reached the caller, 1 = first; the API decides: %1; %2; %3</source>
        <translation>Когда результат дошёл до вызывающей стороны, 1 = первым; решает API: %1; %2; %3</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Ядро</translation>
    </message>
    <message>
        <source>The logical CPU core (a number, not a time) the task started on (→ the one it ended on, if the OS moved it)</source>
        <translation>Логическое ядро ЦП (номер, а не время), на котором задача началась (→ на котором закончилась, если ОС её перенесла)</translation>
    </message>
    <message>
        <source>✗ killed</source>
        <translation>✗ остановлена</translation>
    </message>
    <message>
        <source>Task %1 was running when another worker&apos;s death broke the pool: it was stopped with the pool, without a result.</source>
        <translation>Задача %1 выполнялась, когда гибель другого рабочего сломала пул: она остановлена вместе с пулом, без результата.</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>не сохранён</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>Task %1 was running when Cancel stopped the run: it was stopped there, without a result.</source>
        <translation>Задача %1 выполнялась, когда отмена остановила запуск: она остановлена там же, без результата.</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ не удалась</translation>
    </message>
    <message>
        <source>✓ the task finished and matches the expected result; ✗ it differs, its worker died, or (in Python) it raised: the run&apos;s error says which</source>
        <translation>✓ задача завершилась и совпадает с ожидаемым результатом; ✗ результат отличается, её рабочий умер или (в Python) она выбросила исключение: ошибка запуска говорит, что именно</translation>
    </message>
</context>
<context>
    <name>corescope::gui::WindowMenus</name>
    <message>
        <source>&amp;Python Equivalent</source>
        <translation>&amp;То же на Python</translation>
    </message>
    <message>
        <source>Show the Python program that does what the current settings do (Ctrl+Shift+P)</source>
        <translation>Показать программу на Python, которая делает то же, что текущие настройки (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>About Corescope</source>
        <translation>О Corescope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corescope %1&lt;/h3&gt;&lt;p&gt;See parallelism: run a workload serially, on threads or on processes and watch the cores, the per-worker timeline and the speedup.&lt;/p&gt;&lt;p&gt;Ctrl+R run · Esc cancel · Ctrl+O open · Ctrl+E export · F11 presentation mode&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corescope %1&lt;/h3&gt;&lt;p&gt;Увидеть параллелизм: запустите нагрузку последовательно, на потоках или на процессах и наблюдайте за ядрами, шкалой времени по рабочим и ускорением.&lt;/p&gt;&lt;p&gt;Ctrl+R запуск · Esc отмена · Ctrl+O открыть · Ctrl+E экспорт · F11 режим презентации&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language: %1. An open Compare window or dialog takes it when it is opened again.</source>
        <translation>Язык: %1. Открытое окно сравнения или диалог переключатся, когда их откроют снова.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Cancel any run and close Corescope (Ctrl+Q)</source>
        <translation>Отменить текущий запуск и закрыть Corescope (Ctrl+Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Запуск</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Run the workload with these options (Ctrl+R)</source>
        <translation>Запустить нагрузку с этими параметрами (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the run now; finished results stay (Esc)</source>
        <translation>Остановить запуск сейчас; готовые результаты останутся (Esc)</translation>
    </message>
    <message>
        <source>Run &amp;Serial Baseline</source>
        <translation>&amp;Последовательный запуск</translation>
    </message>
    <message>
        <source>Run the workload serially: the speedup chart measures every other run against this one</source>
        <translation>Запустить нагрузку последовательно: график ускорения сравнивает с ним все остальные запуски</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>&amp;Серия замеров…</translation>
    </message>
    <message>
        <source>Measure the workload over several modes and worker counts: the Sweep tab (Ctrl+Shift+R)</source>
        <translation>Измерить нагрузку на нескольких режимах и числах рабочих: вкладка «Серия» (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Режим &amp;презентации</translation>
    </message>
    <message>
        <source>Full screen with large fonts, thick lines and high contrast, for a projector (F11); the Controls panel hides, Ctrl+L shows it</source>
        <translation>Полный экран с крупным шрифтом, толстыми линиями и высоким контрастом для проектора (F11); панель управления скрывается, Ctrl+L показывает её</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline to Run</source>
        <translation>&amp;Вписать шкалу времени в запуск</translation>
    </message>
    <message>
        <source>Zoom the timeline out to the whole run (Ctrl+0)</source>
        <translation>Уменьшить шкалу времени так, чтобы был виден весь запуск (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Lesso&amp;ns</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Controls Panel</source>
        <translation>Панель &amp;управления</translation>
    </message>
    <message>
        <source>Show or hide the side panel (Ctrl+L)</source>
        <translation>Показать или скрыть боковую панель (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Вживую</translation>
    </message>
    <message>
        <source>&amp;Speedup</source>
        <translation>&amp;Ускорение</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The language of the window and of the lessons; the command line follows LANG or --lang</source>
        <translation>Язык окна и уроков; командная строка следует LANG или --lang</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;Системный (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Corescope</source>
        <translation>&amp;О Corescope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>С&amp;ерия</translation>
    </message>
    <message>
        <source>Race and Compare windows: close</source>
        <translation>Окна гонки и сравнения: закрыть</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>corescope::gui::WorkloadChooser</name>
    <message>
        <source>Workload</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>The workloads shipped with Corescope and the files you opened: pick one, then press Run (Ctrl+R)</source>
        <translation>Нагрузки, поставляемые с Corescope, и открытые вами файлы: выберите одну и нажмите «Запуск» (Ctrl+R)</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Нагрузки</translation>
    </message>
    <message>
        <source>What the selected workload runs, and what to look for</source>
        <translation>Что выполняет выбранная нагрузка и на что смотреть</translation>
    </message>
</context>
</TS>
