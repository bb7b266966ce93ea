<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Charts</name>
    <message>
        <source>Corescope chart</source>
        <translation>Corescope 차트</translation>
    </message>
    <message>
        <source>Exported by Corescope</source>
        <translation>Corescope에서 내보냄</translation>
    </message>
    <message>
        <source>could not start drawing the SVG file</source>
        <translation>SVG 파일 그리기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>내보낼 차트가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot export a chart as &quot;%1&quot;: the file name must end in .png, .svg or .pdf.</source>
        <translation>차트를 &quot;%1&quot;(으)로 내보낼 수 없습니다: 파일 이름은 .png, .svg, .pdf로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot;에 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>could not write the %1 file</source>
        <translation>%1 파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>Cannot export the chart to &quot;%1&quot;: %2.</source>
        <translation>차트를 &quot;%1&quot;(으)로 내보낼 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>PNG image, for slides (*.png);;SVG drawing, for editing (*.svg);;PDF document, for reports (*.pdf)</source>
        <translation>PNG 이미지, 슬라이드용 (*.png);;SVG 그림, 편집용 (*.svg);;PDF 문서, 보고서용 (*.pdf)</translation>
    </message>
    <message>
        <source>Per-core utilization</source>
        <translation>코어별 사용률</translation>
    </message>
    <message>
        <source>utilization (%)</source>
        <translation>사용률 (%)</translation>
    </message>
    <message>
        <source>core</source>
        <translation>코어</translation>
    </message>
    <message>
        <source>per-core utilization</source>
        <translation>코어별 사용률</translation>
    </message>
    <message>
        <source>avg (%)</source>
        <translation>평균 (%)</translation>
    </message>
    <message>
        <source>core %1</source>
        <translation>코어 %1</translation>
    </message>
    <message>
        <source>average of %1 cores</source>
        <translation>코어 %1개의 평균</translation>
    </message>
    <message>
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>%1 logical cores</source>
        <translation>논리 코어 %1개</translation>
    </message>
    <message>
        <source>Task timeline</source>
        <translation>작업 타임라인</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>워커 수</translation>
    </message>
    <message>
        <source>speedup (× serial)</source>
        <translation>속도 향상 (× 직렬)</translation>
    </message>
    <message>
        <source>efficiency (% of ideal)</source>
        <translation>효율 (이상값 대비 %)</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>효율</translation>
    </message>
    <message>
        <source>ideal (100 %)</source>
        <translation>이상적 (100 %)</translation>
    </message>
    <message>
        <source>ideal (speedup = workers)</source>
        <translation>이상적 (속도 향상 = 워커 수)</translation>
    </message>
    <message>
        <source> (min-max)</source>
        <translation> (최소-최대)</translation>
    </message>
    <message>
        <source>1 core</source>
        <translation>코어 1개</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>코어 %1개</translation>
    </message>
    <message>
        <source>against the serial run · %1 logical cores</source>
        <translation>직렬 실행 대비 · 논리 코어 %1개</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;table&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>효율</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>전체 시간</translation>
    </message>
    <message>
        <source>serial time %1</source>
        <translation>직렬 시간 %1</translation>
    </message>
    <message>
        <source>Python serial time %1</source>
        <translation>파이썬 직렬 시간 %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>워커 %1</translation>
    </message>
    <message>
        <source> · pid %1</source>
        <translation> · PID %1</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>time since run start (%1)</source>
        <translation>실행 시작 후 시간 (%1)</translation>
    </message>
    <message>
        <source>handed back</source>
        <translation>돌려준 결과</translation>
    </message>
    <message>
        <source>, %1 workers, chunksize %2, %3</source>
        <translation>, 워커 %1개, chunksize %2, %3</translation>
    </message>
    <message>
        <source>, emulated GIL</source>
        <translation>, 에뮬레이션한 GIL</translation>
    </message>
    <message>
        <source>task (colour = worker)</source>
        <translation>작업 (색 = 워커)</translation>
    </message>
    <message>
        <source>waiting for the GIL</source>
        <translation>GIL 대기</translation>
    </message>
    <message>
        <source>worker start-up</source>
        <translation>워커 시작</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>result handed back (row = task)</source>
        <translation>돌려준 결과 (행 = 작업)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 starting up&lt;/b&gt;&lt;table&gt;</source>
        <translation>&lt;b&gt;%1 시작 중&lt;/b&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>from</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>took</source>
        <translation>걸린 시간</translation>
    </message>
    <message>
        <source>&lt;b&gt;task %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;작업 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (running)</source>
        <translation> (실행 중)</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#d62728&apos;&gt;(failed)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#d62728&apos;&gt;(실패)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation> (기대값 %1)</translation>
    </message>
    <message>
        <source>result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>none (the worker died)</source>
        <translation>없음 (워커가 죽음)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>running for</source>
        <translation>실행한 시간</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>No serial baseline yet —
run this workload in serial mode to compare</source>
        <translation>아직 직렬 기준선이 없습니다 —
비교하려면 이 워크로드를 직렬 모드로 실행하세요</translation>
    </message>
    <message>
        <source>results held by the caller</source>
        <translation>호출한 쪽이 쥐고 있는 결과</translation>
    </message>
    <message>
        <source>Results held by the caller</source>
        <translation>호출한 쪽이 쥐고 있는 결과</translation>
    </message>
    <message>
        <source>at</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>held</source>
        <translation>쥐고 있는 결과</translation>
    </message>
    <message>
        <source>%1 of %2 (ended, not yet handed back)</source>
        <translation>%2개 중 %1개 (끝났지만 아직 돌려주지 않음)</translation>
    </message>
    <message>
        <source>held by the caller then</source>
        <translation>그때 호출한 쪽이 쥐고 있던 결과</translation>
    </message>
    <message>
        <source>stopped by Cancel</source>
        <translation>취소로 멈춤</translation>
    </message>
    <message>
        <source>worker died: %1</source>
        <translation>워커가 죽음: %1</translation>
    </message>
    <message>
        <source>%1 · rank %2 · pid %3</source>
        <translation>%1 · 랭크 %2 · pid %3</translation>
    </message>
    <message>
        <source>host clock</source>
        <translation>호스트 시계</translation>
    </message>
    <message>
        <source>%1%2 from Corescope&apos;s, ± %3 (times shifted by it)</source>
        <translation>Corescope 시계와 %1%2 차이, ± %3 (그만큼 시각을 옮김)</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#d62728&apos;&gt;(killed when the pool broke)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#d62728&apos;&gt;(풀이 깨질 때 중단됨)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none (stopped when another worker&apos;s death broke the pool)</source>
        <translation>없음 (다른 워커가 죽어 풀이 깨지면서 중단됨)</translation>
    </message>
    <message>
        <source>running, sampled (colour = worker)</source>
        <translation>실행 중, 샘플링 (색 = 워커)</translation>
    </message>
    <message>
        <source>holds the GIL (colour = worker)</source>
        <translation>GIL 보유 (색 = 워커)</translation>
    </message>
    <message>
        <source>in a task, not running (sampled)</source>
        <translation>작업 중, 실행 안 함 (샘플링)</translation>
    </message>
    <message>
        <source>running (sampled)</source>
        <translation>실행 중 (샘플링)</translation>
    </message>
    <message>
        <source>holding the GIL</source>
        <translation>GIL 보유 중</translation>
    </message>
    <message>
        <source>Per-core utilization was not sampled in this run.</source>
        <translation>이 실행에서는 코어별 사용률을 샘플링하지 않았습니다.</translation>
    </message>
    <message>
        <source>Too short to sample at %1 Hz: the run took %2, a sample comes every %3.</source>
        <translation>%1 Hz로 샘플링하기에는 너무 짧습니다: 실행에 %2 걸렸고, 샘플은 %3마다 옵니다.</translation>
    </message>
    <message>
        <source>The scale must be between 1 and %1, not %2.</source>
        <translation>배율은 1에서 %1 사이여야 합니다. %2는 안 됩니다.</translation>
    </message>
    <message>
        <source>%1: Amdahl fit (f = %2 %, 95 %: %3–%4 %)</source>
        <translation>%1: 암달 적합 (f = %2 %, 95 %: %3–%4 %)</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>전체 시간</translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation>전체 시간 (초)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · core %2</source>
        <translation>%1 · 코어 %2</translation>
    </message>
    <message>
        <source>%1 logical cores on %2 machines</source>
        <translation>머신 %2대의 논리 코어 %1개</translation>
    </message>
    <message>
        <source>+ the cores of %1</source>
        <translation>+ %1의 코어</translation>
    </message>
    <message>
        <source>+ the cores of other machines: %1</source>
        <translation>+ 다른 머신의 코어: %1대</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>파이썬 %1</translation>
    </message>
    <message>
        <source>not kept (Corescope keeps an int from 0 to 2^64-1, a bool, None or a list of ints)</source>
        <translation>보관 안 됨 (Corescope는 0부터 2^64-1까지의 int, bool, None, int 목록만 보관합니다)</translation>
    </message>
    <message>
        <source>worker died</source>
        <translation>워커가 죽음</translation>
    </message>
    <message>
        <source> (stopped by Cancel)</source>
        <translation> (취소로 멈춤)</translation>
    </message>
    <message>
        <source>none (stopped by Cancel)</source>
        <translation>없음 (취소로 멈춤)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>stopped by Cancel</source>
        <comment>legend: a task</comment>
        <translation>취소로 멈춤</translation>
    </message>
    <message>
        <source>task</source>
        <comment>legend</comment>
        <translation>작업</translation>
    </message>
    <message>
        <source>running, sampled</source>
        <translation>실행 중, 샘플링</translation>
    </message>
    <message>
        <source>holds the GIL</source>
        <translation>GIL 보유</translation>
    </message>
    <message>
        <source>result handed back</source>
        <translation>돌려준 결과</translation>
    </message>
    <message>
        <source>under %1 ms: start-up and timer noise weigh on this point</source>
        <translation>%1 ms 미만: 시작 비용과 타이머 잡음이 이 점에 크게 작용합니다</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>parallel</source>
        <translation>병렬</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>직렬</translation>
    </message>
    <message>
        <source>one Process per input</source>
        <translation>입력마다 Process 하나</translation>
    </message>
    <message>
        <source>Pool(10).map</source>
        <translation>Pool(10).map</translation>
    </message>
    <message>
        <source>2 threads</source>
        <translation>스레드 2개</translation>
    </message>
    <message>
        <source>2 processes</source>
        <translation>프로세스 2개</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>is_prime over 50 numbers: the GIL and ProcessPoolExecutor</source>
        <translation>숫자 50개에 is_prime: GIL과 ProcessPoolExecutor</translation>
    </message>
    <message>
        <source>Threads, processes and pools; the primes, parallel and serial</source>
        <translation>스레드, 프로세스, 풀: 소수 판별을 병렬과 직렬로</translation>
    </message>
    <message>
        <source>Better Way 41: gcd on ThreadPoolExecutor and ProcessPoolExecutor</source>
        <translation>Better Way 41: ThreadPoolExecutor와 ProcessPoolExecutor로 gcd 계산</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Multiprocessing in Python: Process, Pool and cpu_count()</source>
        <translation>파이썬 멀티프로세싱: Process, Pool, cpu_count()</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <source>multiprocessing: shared state, map, imap and imap_unordered</source>
        <translation>multiprocessing: 공유 상태, map, imap, imap_unordered</translation>
    </message>
    <message>
        <source>Beyond the tutorials</source>
        <translation>튜토리얼 너머</translation>
    </message>
    <message>
        <source>Processes spread CPU work over the cores</source>
        <translation>프로세스는 CPU 작업을 여러 코어에 나눈다</translation>
    </message>
    <message>
        <source>The seed primes, as native C++ kernels, on a process pool with one worker per core: every core fills up, each worker process has its own lane with its pid, and the speedup against the serial run approaches the number of cores. Python&apos;s worker processes spread over the cores the same way (each has its own interpreter and its own GIL); each task just takes longer there.</source>
        <translation>교재의 소수들을 네이티브 C++ 커널로, 코어마다 워커 하나인 프로세스 풀에서 실행합니다. 모든 코어가 가득 차고, 워커 프로세스마다 PID가 붙은 자기 레인이 생기며, 직렬 실행 대비 속도 향상은 코어 수에 가까워집니다. 파이썬의 워커 프로세스도 똑같이 코어에 퍼집니다(프로세스마다 인터프리터와 GIL이 따로 있으니까요). 다만 작업 하나하나가 더 오래 걸릴 뿐입니다.</translation>
    </message>
    <message>
        <source>Run it in serial mode once for the baseline, then try more workers than cores: the speedup stops growing at the core count.</source>
        <translation>먼저 직렬 모드로 한 번 실행해 기준선을 만들고, 그다음 워커를 코어보다 많이 줘 보세요. 속도 향상은 코어 수에서 더 늘지 않습니다.</translation>
    </message>
    <message>
        <source>000 (Korean): ProcessPoolExecutor(max_workers=10) spreads is_prime over the 50 NUMS</source>
        <translation>000 (한국어): ProcessPoolExecutor(max_workers=10)로 NUMS 50개에 is_prime을 나눠 실행</translation>
    </message>
    <message>
        <source>The tutorial&apos;s primes: ProcessPoolExecutor against a plain loop</source>
        <translation>튜토리얼의 소수 판별: ProcessPoolExecutor 대 평범한 반복문</translation>
    </message>
    <message>
        <source>The tutorial&apos;s own program in a real Python interpreter: is_prime over its six numbers through ProcessPoolExecutor().map, one worker process per core. Run it in serial mode too (the tutorial&apos;s plain loop) and compare: the tutorial printed 0.75 s in parallel against 2.8 s serial on its author&apos;s machine. Your times differ with the processor, the number of cores and the start method (the summary names the one used here); the ratio is what carries over, and it cannot pass the number of cores.</source>
        <translation>튜토리얼 프로그램 그대로, 실제 파이썬 인터프리터에서 실행합니다. 숫자 여섯 개에 is_prime을 ProcessPoolExecutor().map으로 돌리고, 워커 프로세스는 코어마다 하나입니다. 직렬 모드(튜토리얼의 평범한 반복문)로도 실행해서 비교해 보세요. 튜토리얼 저자의 컴퓨터에서는 병렬 0.75초, 직렬 2.8초가 나왔습니다. 시간은 프로세서, 코어 수, 시작 방식(요약에 여기서 쓴 방식이 나옵니다)에 따라 달라집니다. 그대로 옮겨 오는 것은 비율이고, 그 비율은 코어 수를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>Switch to Python threads: under the GIL they take about as long as the plain loop.</source>
        <translation>파이썬 스레드로 바꿔 보세요. GIL 때문에 평범한 반복문과 거의 같은 시간이 걸립니다.</translation>
    </message>
    <message>
        <source>001 (Korean): is_prime over six PRIMES, ProcessPoolExecutor().map against map()</source>
        <translation>001 (한국어): PRIMES 여섯 개에 is_prime, ProcessPoolExecutor().map 대 map()</translation>
    </message>
    <message>
        <source>Waiting work gains from Python threads: a sleep releases the GIL</source>
        <translation>기다리는 작업은 파이썬 스레드로 빨라진다: sleep은 GIL을 놓는다</translation>
    </message>
    <message>
        <source>Four Python threads whose tasks wait 200 ms each, as I/O does: time.sleep releases the GIL while it waits, so the four wait at the same time and the run takes about a quarter of the serial time, under the real GIL. The CPU chart stays nearly idle: waiting costs no CPU.</source>
        <translation>파이썬 스레드 네 개가 I/O처럼 작업마다 200 ms씩 기다립니다. time.sleep은 기다리는 동안 GIL을 놓기 때문에 네 스레드가 동시에 기다리고, 진짜 GIL 아래에서도 실행 시간은 직렬의 4분의 1 정도입니다. CPU 차트는 거의 비어 있습니다. 기다리는 데는 CPU가 들지 않으니까요.</translation>
    </message>
    <message>
        <source>Compare with the gcd lesson: computing holds the GIL, waiting does not.</source>
        <translation>gcd 레슨과 비교해 보세요. 계산하는 동안은 GIL을 쥐고 있고, 기다리는 동안은 놓습니다.</translation>
    </message>
    <message>
        <source>001 (Korean): a worker Thread that works, then sleeps (threading.Thread, sleep)</source>
        <translation>001 (한국어): 일하고 나서 잠드는 워커 Thread (threading.Thread, sleep)</translation>
    </message>
    <message>
        <source>Starting workers costs time: pools reuse them</source>
        <translation>워커를 시작하는 데는 시간이 든다: 풀은 워커를 재사용한다</translation>
    </message>
    <message>
        <source>Five tiny doublings through Pool(5).map in a real Python interpreter: each worker is a new process that must get its interpreter ready before its first task, so each worker&apos;s lane is mostly its grey start-up bar and the doublings are slivers. Creating and ending workers is the expensive part, which is why pools keep their workers.</source>
        <translation>작은 두 배 계산 다섯 개를 실제 파이썬 인터프리터에서 Pool(5).map으로 실행합니다. 워커는 저마다 새 프로세스라서 첫 작업 전에 인터프리터를 준비해야 합니다. 그래서 워커 레인은 대부분 회색 시작 막대이고, 두 배 계산은 가느다란 조각일 뿐입니다. 워커를 만들고 끝내는 것이 가장 비싼 부분이고, 그래서 풀은 워커를 계속 유지합니다.</translation>
    </message>
    <message>
        <source>Switch to Python threads: a thread starts in a fraction of that time.</source>
        <translation>파이썬 스레드로 바꿔 보세요. 스레드는 그 시간의 아주 일부만에 시작됩니다.</translation>
    </message>
    <message>
        <source>001 (Korean): creating and ending threads or processes costs the most, so pools reuse them; Pool().map(double, [1, 2, 3, 4, 5])</source>
        <translation>001 (한국어): 스레드나 프로세스를 만들고 끝내는 비용이 가장 크므로 풀이 재사용한다; Pool().map(double, [1, 2, 3, 4, 5])</translation>
    </message>
    <message>
        <source>Python threads and CPU work: the GIL</source>
        <translation>파이썬 스레드와 CPU 작업: GIL</translation>
    </message>
    <message>
        <source>The tutorial&apos;s gcd through ThreadPoolExecutor(max_workers=2), in a real Python interpreter: only the thread that holds the GIL runs Python code, so two threads take about as long as a plain loop. The timeline hatches the time each task spent off the CPU, waiting for the GIL (or the OS). Run it in serial mode for the baseline: the tutorial printed 0.479 s serial and 0.485 s with two threads.</source>
        <translation>튜토리얼의 gcd를 실제 파이썬 인터프리터에서 ThreadPoolExecutor(max_workers=2)로 실행합니다. 파이썬 코드는 GIL을 쥔 스레드만 실행할 수 있어서, 스레드 두 개도 평범한 반복문과 거의 같은 시간이 걸립니다. 타임라인은 작업마다 CPU 밖에서 GIL(또는 OS)을 기다린 시간을 빗금으로 표시합니다. 기준선이 되도록 직렬 모드로도 실행해 보세요. 튜토리얼에서는 직렬 0.479초, 스레드 두 개 0.485초가 나왔습니다.</translation>
    </message>
    <message>
        <source>002 (Korean): gcd over 4 pairs: serial 0.479 s, ThreadPoolExecutor(2) 0.485 s, ProcessPoolExecutor(2) 0.410 s</source>
        <translation>002 (한국어): 4쌍의 gcd: 직렬 0.479초, ThreadPoolExecutor(2) 0.485초, ProcessPoolExecutor(2) 0.410초</translation>
    </message>
    <message>
        <source>Python processes and CPU work: one GIL each</source>
        <translation>파이썬 프로세스와 CPU 작업: 프로세스마다 GIL 하나</translation>
    </message>
    <message>
        <source>The same gcd through ProcessPoolExecutor(max_workers=2): each worker process has its own interpreter and its own GIL, so both cores compute at once and the run beats the two threads. The gain is smaller than the cores promise: starting two interpreters and sending them the work is paid before four tasks of about a tenth of a second each (the tutorial printed 0.410 s against 0.479 s serial).</source>
        <translation>같은 gcd를 ProcessPoolExecutor(max_workers=2)로 실행합니다. 워커 프로세스마다 인터프리터와 GIL이 따로 있어서 두 코어가 동시에 계산하고, 스레드 두 개보다 빨리 끝납니다. 하지만 이득은 코어 수가 약속하는 것보다 작습니다. 인터프리터 두 개를 시작하고 작업을 보내는 비용을, 0.1초쯤 걸리는 작업 네 개보다 먼저 치러야 하니까요(튜토리얼에서는 직렬 0.479초 대 0.410초).</translation>
    </message>
    <message>
        <source>Compare the grey start-up bars with the tasks: longer or more tasks would hide them.</source>
        <translation>회색 시작 막대와 작업을 비교해 보세요. 작업이 더 길거나 더 많으면 시작 비용은 눈에 띄지 않게 됩니다.</translation>
    </message>
    <message>
        <source>A function from a notebook: spawned workers cannot find it</source>
        <translation>노트북에서 정의한 함수: spawn으로 시작한 워커는 찾지 못한다</translation>
    </message>
    <message>
        <source>is_prime defined in the program&apos;s __main__, as a notebook cell defines it, on two worker processes started by spawn (the only start method on Windows, the default on macOS): each worker starts a fresh interpreter and imports the program again, finds no is_prime in it and dies before its first task. ProcessPoolExecutor raises BrokenProcessPool and no result arrives, as in the tutorial&apos;s notebook on Windows.</source>
        <translation>노트북 셀에서처럼 프로그램의 __main__에 정의한 is_prime을, spawn(Windows에서는 유일한 시작 방식, macOS에서는 기본값)으로 시작한 워커 프로세스 두 개에서 실행합니다. 워커는 저마다 새 인터프리터를 띄워 프로그램을 다시 import하는데, 거기에는 is_prime이 없어서 첫 작업 전에 죽습니다. ProcessPoolExecutor는 BrokenProcessPool을 일으키고 결과는 하나도 오지 않습니다. Windows에서 튜토리얼 노트북이 겪은 그대로입니다.</translation>
    </message>
    <message>
        <source>Set the start method to fork: the workers inherit the notebook&apos;s memory, is_prime included, and the run works. A script that keeps its functions importable and its entry point under if __name__ == &apos;__main__&apos; works with every start method.</source>
        <translation>시작 방식을 fork로 바꿔 보세요. 워커가 is_prime을 포함한 노트북의 메모리를 물려받아서 실행이 됩니다. 함수를 import할 수 있게 두고 진입점을 if __name__ == &apos;__main__&apos; 아래에 둔 스크립트는 어떤 시작 방식에서도 동작합니다.</translation>
    </message>
    <message>
        <source>002 (Korean): BrokenProcessPool in a Windows notebook: a pool&apos;s workers must be able to import __main__</source>
        <translation>002 (한국어): Windows 노트북의 BrokenProcessPool: 풀의 워커는 __main__을 import할 수 있어야 한다</translation>
    </message>
    <message>
        <source>The GIL&apos;s mechanism at native speed (emulated)</source>
        <translation>네이티브 속도로 보는 GIL의 동작 (에뮬레이션)</translation>
    </message>
    <message>
        <source>Native C++ threads under Corescope&apos;s emulated GIL: one lock a thread must hold to compute, handed to the other thread every 5 ms as CPython&apos;s switch interval does. The timeline shades the time each task waited for it, the CPU chart shows about one core busy at a time, and the run takes as long as the serial one. It is an emulation: the gcd lesson runs real Python threads.</source>
        <translation>Corescope가 에뮬레이션한 GIL 아래의 네이티브 C++ 스레드입니다. 계산하려면 쥐고 있어야 하는 잠금 하나를, CPython의 전환 간격처럼 5 ms마다 다른 스레드에 넘깁니다. 타임라인은 작업마다 그 잠금을 기다린 시간을 음영으로 보여 주고, CPU 차트에서는 한 번에 코어 하나 정도만 바쁘며, 실행 시간은 직렬과 같습니다. 어디까지나 에뮬레이션입니다. gcd 레슨은 진짜 파이썬 스레드로 실행합니다.</translation>
    </message>
    <message>
        <source>Untick the GIL: the same native threads then compute on two cores at once.</source>
        <translation>GIL 체크를 풀어 보세요. 같은 네이티브 스레드가 두 코어에서 동시에 계산합니다.</translation>
    </message>
    <message>
        <source>002 (Korean): the GIL keeps Python threads from using several cores</source>
        <translation>002 (한국어): GIL 때문에 파이썬 스레드는 여러 코어를 쓰지 못한다</translation>
    </message>
    <message>
        <source>The tutorial&apos;s summation: Pool.map against a plain loop</source>
        <translation>튜토리얼의 합계 계산: Pool.map 대 평범한 반복문</translation>
    </message>
    <message>
        <source>The tutorial&apos;s summation loop (it calls it factorial) over ten inputs near 10^7, through Pool.map with one worker process per core, in a real Python interpreter. Ten equal tasks: each worker takes its chunks (Pool.map&apos;s own chunksize) and the cores stay busy to the end. Run it in serial mode too: the tutorial printed 7.36 s serial, 5.46 s with one Process per input and 5.70 s with Pool(10).map on its author&apos;s machine. Compare the ratios, not the seconds: they depend on the cores.</source>
        <translation>튜토리얼의 합계 반복문(튜토리얼은 factorial이라고 부릅니다)을 10^7 근처의 입력 열 개에 대해, 코어마다 워커 프로세스 하나인 Pool.map으로 실제 파이썬 인터프리터에서 실행합니다. 같은 크기의 작업 열 개라서, 워커마다 자기 청크(Pool.map이 정한 chunksize)를 가져가고 코어는 끝까지 바쁩니다. 직렬 모드로도 실행해 보세요. 튜토리얼 저자의 컴퓨터에서는 직렬 7.36초, 입력마다 Process 하나로 5.46초, Pool(10).map으로 5.70초가 나왔습니다. 초가 아니라 비율을 비교하세요. 초는 코어에 따라 달라집니다.</translation>
    </message>
    <message>
        <source>Set the workers to 10, as the tutorial&apos;s Pool(10): no faster on this machine&apos;s cores, and ten interpreters to start.</source>
        <translation>튜토리얼의 Pool(10)처럼 워커를 10개로 해 보세요. 이 컴퓨터의 코어로는 더 빨라지지 않고, 시작할 인터프리터만 열 개가 됩니다.</translation>
    </message>
    <message>
        <source>003 (English): one Process per input against Pool(10).map: 7.36 s serial, 5.46 s and 5.70 s</source>
        <translation>003 (영어): 입력마다 Process 하나 대 Pool(10).map: 직렬 7.36초, 5.46초, 5.70초</translation>
    </message>
    <message>
        <source>More workers than cores does not help</source>
        <translation>코어보다 많은 워커는 도움이 되지 않는다</translation>
    </message>
    <message>
        <source>Four native threads (C++, no GIL) for every core of this machine: they only take turns on the cores. Compare the wall time with as many workers as cores (cpu_count()): no faster, and each task takes longer. Python threads would not get that far: under the GIL they compute on one core however many there are.</source>
        <translation>이 컴퓨터의 코어 하나당 네이티브 스레드(C++, GIL 없음) 네 개입니다. 스레드들은 코어를 번갈아 쓸 뿐입니다. 코어 수만큼의 워커(cpu_count())일 때와 전체 시간을 비교해 보세요. 더 빠르지 않고, 작업 하나하나는 더 오래 걸립니다. 파이썬 스레드라면 여기까지도 못 옵니다. GIL 아래에서는 코어가 몇 개든 한 코어에서만 계산합니다.</translation>
    </message>
    <message>
        <source>Run a sweep (1 to 2 x cores) to see the speedup curve flatten at the core count.</source>
        <translation>스윕(1부터 코어 수의 2배까지)을 실행해서 속도 향상 곡선이 코어 수에서 평평해지는 것을 보세요.</translation>
    </message>
    <message>
        <source>003 (English): mp.cpu_count(), the number of CPUs a pool can use</source>
        <translation>003 (영어): mp.cpu_count(), 풀이 쓸 수 있는 CPU 수</translation>
    </message>
    <message>
        <source>Result order: imap waits for the slowest head</source>
        <translation>결과 순서: imap은 가장 느린 앞 작업을 기다린다</translation>
    </message>
    <message>
        <source>Inputs 1, 2, 3 sleep 1, 2 and 3 s. Pool.imap hands results back in input order, each as soon as it and every earlier one are there: the &apos;handed back&apos; lane shows a staircase at 1, 2 and 3 s. ProcessPoolExecutor.map, the tutorials&apos; API, hands back the same way; only Pool.map holds all three and hands them back together at 3 s.</source>
        <translation>입력 1, 2, 3은 각각 1, 2, 3초 잠듭니다. Pool.imap은 결과를 입력 순서대로, 자기와 앞의 결과가 모두 준비되는 즉시 돌려줍니다. &apos;돌려준 결과&apos; 레인에 1, 2, 3초의 계단이 보입니다. 튜토리얼들이 쓰는 API인 ProcessPoolExecutor.map도 똑같이 돌려줍니다. Pool.map만 세 결과를 모두 붙잡고 있다가 3초에 한꺼번에 돌려줍니다.</translation>
    </message>
    <message>
        <source>Switch the API to Pool.map: all three come back at once at 3 s. Then load the reversed doubler (sleeps 3 - n) and try Pool.imap against Pool.imap_unordered: the unordered one hands back 6, 4, 2 as they finish; imap holds everything back behind the slow first task (head-of-line blocking).</source>
        <translation>API를 Pool.map으로 바꿔 보세요. 세 결과가 3초에 한꺼번에 돌아옵니다. 그다음 거꾸로 된 &apos;잠드는 두 배 만들기&apos;(3 - n초 잠듦)를 불러와 Pool.imap과 Pool.imap_unordered를 비교해 보세요. unordered는 끝나는 대로 6, 4, 2를 돌려주고, imap은 느린 첫 작업 뒤에 모든 결과를 붙잡아 둡니다(head-of-line blocking).</translation>
    </message>
    <message>
        <source>004 (Russian): pool.map vs pool.imap vs pool.imap_unordered</source>
        <translation>004 (러시아어): pool.map 대 pool.imap 대 pool.imap_unordered</translation>
    </message>
    <message>
        <source>Result order: imap_unordered hands back as completed</source>
        <translation>결과 순서: imap_unordered는 끝나는 대로 돌려준다</translation>
    </message>
    <message>
        <source>Inputs 1, 2, 3 sleep 2, 1 and 0 s: the first input is the slowest. Pool.imap_unordered hands each result back the moment it is ready: 6 at once, 4 at 1 s, 2 at 2 s, in the &apos;handed back&apos; lane. submit + as_completed does the same.</source>
        <translation>입력 1, 2, 3은 각각 2, 1, 0초 잠듭니다. 첫 입력이 가장 느립니다. Pool.imap_unordered는 결과가 준비되는 순간 바로 돌려줍니다. &apos;돌려준 결과&apos; 레인에 6은 즉시, 4는 1초, 2는 2초에 나타납니다. submit + as_completed도 똑같습니다.</translation>
    </message>
    <message>
        <source>Switch the API to Pool.imap or ProcessPoolExecutor.map: nothing comes back until the first, slowest task is done, then all three; Pool.map, too, hands all three back at the end.</source>
        <translation>API를 Pool.imap이나 ProcessPoolExecutor.map으로 바꿔 보세요. 가장 느린 첫 작업이 끝날 때까지 아무것도 돌아오지 않다가 세 개가 한꺼번에 옵니다. Pool.map도 마지막에 세 개를 한꺼번에 돌려줍니다.</translation>
    </message>
    <message>
        <source>004 (Russian): pool.imap_unordered</source>
        <translation>004 (러시아어): pool.imap_unordered</translation>
    </message>
    <message>
        <source>Five Python APIs, one workload: when does each result arrive?</source>
        <translation>파이썬 API 다섯 개, 워크로드 하나: 결과는 언제 도착할까?</translation>
    </message>
    <message>
        <source>Inputs 1, 2, 3 sleep 2, 1 and 0 s, in a real Python interpreter, through the API in the API box. Pool.map hands all three back together at 2 s, when the slowest is done. Pool.imap and ProcessPoolExecutor.map hand them back in input order: nothing until the first input&apos;s 2 s, then all three. Pool.imap_unordered and submit + as_completed hand each back as it finishes: 6 at once, 4 at 1 s, 2 at 2 s. The &apos;handed back&apos; lane shows each.</source>
        <translation>입력 1, 2, 3은 각각 2, 1, 0초 잠들고, 실제 파이썬 인터프리터에서 API 상자에 고른 API로 실행합니다. Pool.map은 가장 느린 작업이 끝나는 2초에 세 결과를 한꺼번에 돌려줍니다. Pool.imap과 ProcessPoolExecutor.map은 입력 순서대로 돌려주므로 첫 입력의 2초까지 아무것도 없다가 세 개가 함께 옵니다. Pool.imap_unordered와 submit + as_completed는 끝나는 대로 돌려줍니다. 6은 즉시, 4는 1초, 2는 2초. &apos;돌려준 결과&apos; 레인에서 각각을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Step through the five APIs in the API box and run each: same tasks, same workers, only the hand-back lane changes.</source>
        <translation>API 상자의 API 다섯 개를 하나씩 골라 실행해 보세요. 작업도 워커도 같고, 결과를 돌려주는 레인만 달라집니다.</translation>
    </message>
    <message>
        <source>004 (Russian): pool.map, pool.imap, pool.imap_unordered; ProcessPoolExecutor.map from 000-002</source>
        <translation>004 (러시아어): pool.map, pool.imap, pool.imap_unordered; 000-002의 ProcessPoolExecutor.map</translation>
    </message>
    <message>
        <source>Shared state: native threads without a lock lose updates</source>
        <translation>공유 상태: 잠금 없는 네이티브 스레드는 업데이트를 잃는다</translation>
    </message>
    <message>
        <source>Load counter-locked (a lock around each update): the total is right, and slower.</source>
        <translation>counter-locked(업데이트마다 잠금)를 불러와 보세요. 합계는 맞고, 더 느립니다.</translation>
    </message>
    <message>
        <source>004 (Russian): Manager().dict(), Array; the race itself is beyond the notebooks</source>
        <translation>004 (러시아어): Manager().dict(), Array; 경쟁 상태 자체는 노트북 밖의 내용</translation>
    </message>
    <message>
        <source>Shared state: Python threads under the GIL</source>
        <translation>공유 상태: GIL 아래의 파이썬 스레드</translation>
    </message>
    <message>
        <source>The same counter on the Python runtime: two Python threads each do counter += 1 on a global, under the real GIL. On CPython 3.10 and newer no thread is switched out between the read and the write of that statement, so every update arrives; the diagnosis names the interpreter that ran. That is not a promise: a call between the read and the write, or a free-threaded build, loses updates.</source>
        <translation>같은 카운터를 파이썬 런타임에서 실행합니다. 파이썬 스레드 두 개가 진짜 GIL 아래에서 전역 변수에 counter += 1을 합니다. CPython 3.10 이상에서는 이 문장의 읽기와 쓰기 사이에 스레드가 전환되지 않아서 모든 업데이트가 반영됩니다. 진단에 실행한 인터프리터가 나옵니다. 그래도 보장은 아닙니다. 읽기와 쓰기 사이에 함수 호출이 있거나 free-threaded 빌드라면 업데이트를 잃습니다.</translation>
    </message>
    <message>
        <source>Load counter-locked: a lock makes the total right everywhere, on every interpreter.</source>
        <translation>counter-locked를 불러와 보세요. 잠금이 있으면 어떤 인터프리터에서든 합계가 맞습니다.</translation>
    </message>
    <message>
        <source>Shared state: processes share no memory</source>
        <translation>공유 상태: 프로세스는 메모리를 공유하지 않는다</translation>
    </message>
    <message>
        <source>The same counter in processes mode: each worker process adds to its own copy, so the caller&apos;s counter stays 0, like the notebook&apos;s empty results dict.</source>
        <translation>같은 카운터를 프로세스 모드로 실행합니다. 워커 프로세스마다 자기 복사본에 더하므로 호출한 쪽의 카운터는 0 그대로입니다. 노트북의 results 딕셔너리가 비어 있던 것과 같습니다.</translation>
    </message>
    <message>
        <source>004 (Russian): results = dict() stays empty; Manager().dict(), Array</source>
        <translation>004 (러시아어): results = dict()는 비어 있다; Manager().dict(), Array</translation>
    </message>
    <message>
        <source>Shared state: shared memory without its lock loses updates</source>
        <translation>공유 상태: 잠금 없는 공유 메모리는 업데이트를 잃는다</translation>
    </message>
    <message>
        <source>Python worker processes add 1 to one multiprocessing.Value with v.value += 1. The getter and the setter each take the Value&apos;s lock, but not the pair: two processes read the same value and both write value + 1, so the total comes out short. The summary shows how many updates were lost.</source>
        <translation>파이썬 워커 프로세스들이 multiprocessing.Value 하나에 v.value += 1로 1을 더합니다. getter와 setter는 각자 Value의 잠금을 잡지만, 둘을 묶어서 잡지는 않습니다. 두 프로세스가 같은 값을 읽고 둘 다 값 + 1을 쓰니 합계가 모자랍니다. 요약에 잃어버린 업데이트 수가 나옵니다.</translation>
    </message>
    <message>
        <source>Load counter-shared-locked: with v.get_lock() around each update the total is right, and slower.</source>
        <translation>counter-shared-locked를 불러와 보세요. 업데이트마다 with v.get_lock()을 쓰면 합계가 맞고, 더 느립니다.</translation>
    </message>
    <message>
        <source>004 (Russian): Manager().dict(), Array</source>
        <translation>004 (러시아어): Manager().dict(), Array</translation>
    </message>
    <message>
        <source>Shared state: shared memory with get_lock() is right</source>
        <translation>공유 상태: get_lock()을 쓴 공유 메모리는 정확하다</translation>
    </message>
    <message>
        <source>The same Value with its lock around each update (with v.get_lock(): v.value += 1): every update arrives, and each one takes longer than without the lock; the diagnosis gives the time per update.</source>
        <translation>같은 Value에 업데이트마다 잠금을 겁니다(with v.get_lock(): v.value += 1). 모든 업데이트가 반영되고, 하나하나가 잠금 없을 때보다 오래 걸립니다. 진단에 업데이트 한 번의 시간이 나옵니다.</translation>
    </message>
    <message>
        <source>Load counter-manager: a Manager is right too, far slower.</source>
        <translation>counter-manager를 불러와 보세요. Manager도 정확하지만 훨씬 느립니다.</translation>
    </message>
    <message>
        <source>Shared state: a Manager is right, each update a trip to its process</source>
        <translation>공유 상태: Manager는 정확하지만 업데이트마다 그 프로세스를 다녀온다</translation>
    </message>
    <message>
        <source>The counter lives in a Manager&apos;s own process; the workers hold proxies, so each update goes to that process and back (for the Manager&apos;s lock, the read, the write and the unlock): every update arrives, and the bars are long. The diagnosis gives the time per update: more than ten times that of shared memory with its lock.</source>
        <translation>카운터는 Manager 자신의 프로세스에 있고, 워커들은 프록시를 가집니다. 그래서 업데이트마다 그 프로세스에 다녀와야 합니다(Manager의 잠금, 읽기, 쓰기, 잠금 해제). 모든 업데이트가 반영되지만 막대가 깁니다. 진단에 업데이트 한 번의 시간이 나옵니다. 잠금을 쓴 공유 메모리의 열 배가 넘습니다.</translation>
    </message>
    <message>
        <source>Load counter-shared-locked and compare the time per update.</source>
        <translation>counter-shared-locked를 불러와 업데이트 한 번의 시간을 비교해 보세요.</translation>
    </message>
    <message>
        <source>Tiny tasks drown in dispatch overhead: chunksize</source>
        <translation>아주 작은 작업은 분배 비용에 묻힌다: chunksize</translation>
    </message>
    <message>
        <source>A million doublings sent one at a time: the workers spend their time receiving tasks and sending results, not computing. Tasks per second is the number to watch.</source>
        <translation>두 배 계산 백만 개를 하나씩 보냅니다. 워커는 계산보다 작업을 받고 결과를 보내는 데 시간을 씁니다. 눈여겨볼 숫자는 초당 작업 수입니다.</translation>
    </message>
    <message>
        <source>Set chunksize to 1000 and run again: the same work, a fraction of the time.</source>
        <translation>chunksize를 1000으로 바꿔 다시 실행해 보세요. 같은 일을 훨씬 짧은 시간에 합니다.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: the chunksize argument of Pool.map and Executor.map)</source>
        <translation>(튜토리얼 너머: Pool.map과 Executor.map의 chunksize 인자)</translation>
    </message>
    <message>
        <source>A worker that dies: BrokenProcessPool</source>
        <translation>죽는 워커: BrokenProcessPool</translation>
    </message>
    <message>
        <source>The fifth task kills its worker process (native C++ workers). The run stops with an error that names the task, its input and the signal, as ProcessPoolExecutor raises BrokenProcessPool, and every result computed before it stays on screen. multiprocessing.Pool does not raise: it starts a new worker and the lost task&apos;s result never comes, so Pool.map waits for ever. The respawn-and-retry policy and the task timeout in the Run options are Corescope&apos;s own tools, not Python&apos;s.</source>
        <translation>다섯 번째 작업이 자기 워커 프로세스를 죽입니다(네이티브 C++ 워커). ProcessPoolExecutor가 BrokenProcessPool을 일으키듯, 실행은 작업과 입력과 시그널을 알려 주는 오류로 멈추고, 그 전에 계산된 결과는 모두 화면에 남습니다. multiprocessing.Pool은 예외를 일으키지 않습니다. 새 워커를 띄우지만 잃어버린 작업의 결과는 끝내 오지 않아서 Pool.map은 영원히 기다립니다. 실행 옵션의 재시작 후 재시도 정책과 작업 제한 시간은 파이썬이 아니라 Corescope의 도구입니다.</translation>
    </message>
    <message>
        <source>In threads mode the same crash would take the whole program down, which is why Corescope refuses it there: threads share one process.</source>
        <translation>스레드 모드에서는 같은 충돌이 프로그램 전체를 끝내 버립니다. 그래서 Corescope는 스레드 모드에서 이 실행을 거부합니다. 스레드는 프로세스 하나를 함께 쓰니까요.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: 002 meets BrokenProcessPool when its workers cannot even load gcd)</source>
        <translation>(튜토리얼 너머: 002는 워커가 gcd조차 불러오지 못할 때 BrokenProcessPool을 만난다)</translation>
    </message>
    <message>
        <source>A worker that dies in Python: Pool waits, the executor raises</source>
        <translation>파이썬에서 죽는 워커: Pool은 기다리고, executor는 예외를 일으킨다</translation>
    </message>
    <message>
        <source>The fifth task kills its worker process, in a real Python interpreter, through multiprocessing.Pool.map. Pool does not raise: it starts a new worker, and the lost task&apos;s result never comes, so Pool.map would wait for ever. Corescope sees the death (faulthandler&apos;s last words in the worker&apos;s trace), ends the pool and names the task; the results before it stay on screen.</source>
        <translation>다섯 번째 작업이 자기 워커 프로세스를 죽입니다. 실제 파이썬 인터프리터에서 multiprocessing.Pool.map으로 실행합니다. Pool은 예외를 일으키지 않습니다. 새 워커를 띄우지만 잃어버린 작업의 결과는 끝내 오지 않으니 Pool.map은 영원히 기다릴 것입니다. Corescope는 죽음을 알아채고(워커 트레이스에 남은 faulthandler의 마지막 말), 풀을 끝내고 그 작업을 알려 줍니다. 그 전의 결과는 화면에 남습니다.</translation>
    </message>
    <message>
        <source>Switch the API to ProcessPoolExecutor.map: the same death raises BrokenProcessPool at once.</source>
        <translation>API를 ProcessPoolExecutor.map으로 바꿔 보세요. 같은 죽음이 곧바로 BrokenProcessPool을 일으킵니다.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: 002 meets BrokenProcessPool from ProcessPoolExecutor)</source>
        <translation>(튜토리얼 너머: 002는 ProcessPoolExecutor에서 BrokenProcessPool을 만난다)</translation>
    </message>
    <message>
        <source>Uneven tasks leave cores idle at the end</source>
        <translation>고르지 않은 작업은 끝에 코어를 놀게 한다</translation>
    </message>
    <message>
        <source>Sixty short tasks, then three of 800 ms, on two worker processes through ProcessPoolExecutor.map (chunksize 1): at the end one worker runs the last long task alone while the other has nothing left to do. The timeline&apos;s right edge shows the idle lane.</source>
        <translation>짧은 작업 예순 개 뒤에 800 ms짜리 작업 세 개를, 워커 프로세스 두 개에서 ProcessPoolExecutor.map(chunksize 1)으로 실행합니다. 마지막에는 워커 하나가 남은 긴 작업을 혼자 실행하고, 다른 워커는 할 일이 없습니다. 타임라인 오른쪽 끝에 노는 레인이 보입니다.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: 000&apos;s numbers take unequal times; this workload makes the tail long)</source>
        <translation>(튜토리얼 너머: 000의 숫자들은 걸리는 시간이 제각각이다; 이 워크로드는 꼬리를 길게 만든다)</translation>
    </message>
    <message>
        <source>Pool.map&apos;s default chunksize packs the long tasks together</source>
        <translation>Pool.map의 기본 chunksize는 긴 작업을 한데 묶는다</translation>
    </message>
    <message>
        <source>The same 63 tasks through Pool.map and its default chunksize, ceil(63 / (4 x 2)) = 8, as the Chunksize box shows. The last chunk holds four short tasks and all three 800 ms ones, so one worker runs the three one after another (2.4 s of work; longer on a busy machine) while the other has nothing left to do; and Pool.map hands every result back only at the end.</source>
        <translation>같은 작업 63개를 Pool.map과 그 기본 chunksize, 즉 Chunksize 상자에 보이듯 ceil(63 / (4 x 2)) = 8로 실행합니다. 마지막 청크에 짧은 작업 네 개와 800 ms짜리 세 개가 모두 들어가서, 워커 하나가 그 셋을 차례로 실행하는 동안(2.4초 분량, 바쁜 컴퓨터에서는 더 김) 다른 워커는 할 일이 없습니다. 게다가 Pool.map은 모든 결과를 마지막에야 돌려줍니다.</translation>
    </message>
    <message>
        <source>Set chunksize to 1, or switch the API to Pool.imap_unordered (chunksize 1 by default): the long tasks spread over both workers and the tail shrinks to one long task or less.</source>
        <translation>chunksize를 1로 하거나 API를 Pool.imap_unordered(기본 chunksize 1)로 바꿔 보세요. 긴 작업이 두 워커에 나뉘고 꼬리는 긴 작업 하나 이하로 줄어듭니다.</translation>
    </message>
    <message>
        <source>(beyond the tutorials: 004 uses pool.map and pool.imap_unordered; the default chunksize is CPython&apos;s, Lib/multiprocessing/pool.py, not the notebooks&apos;)</source>
        <translation>(튜토리얼 너머: 004는 pool.map과 pool.imap_unordered를 쓴다; 기본 chunksize는 노트북이 아니라 CPython의 Lib/multiprocessing/pool.py에서 온 것)</translation>
    </message>
    <message>
        <source>Memory-bound work stops scaling before the cores run out</source>
        <translation>메모리에 묶인 작업은 코어가 남아도 확장이 멈춘다</translation>
    </message>
    <message>
        <source>Each task streams over a 64 MiB buffer, far larger than the caches: the workers share one memory bus, so two of them come nowhere near twice as fast as one.</source>
        <translation>작업마다 캐시보다 훨씬 큰 64 MiB 버퍼를 훑습니다. 워커들이 메모리 버스 하나를 나눠 쓰므로 워커 둘이 하나보다 두 배 빨라지기는커녕 근처에도 못 갑니다.</translation>
    </message>
    <message>
        <source>Sweep it against the seed primes: the compute-bound curve keeps rising, this one flattens.</source>
        <translation>교재의 소수 판별과 함께 스윕해 보세요. 계산에 묶인 곡선은 계속 오르고, 이 곡선은 평평해집니다.</translation>
    </message>
    <message>
        <source>(beyond the notebooks)</source>
        <translation>(노트북 너머)</translation>
    </message>
    <message>
        <source>Big results: processes copy them back, threads do not</source>
        <translation>큰 결과: 프로세스는 복사해서 돌려주고, 스레드는 그대로 넘긴다</translation>
    </message>
    <message>
        <source>Each task builds a list of 400,000 ints (about 16 MB in CPython 3.11, measured here with tracemalloc) and returns it, in a real Python interpreter. A worker process cannot hand the caller its own memory: it pickles the list, sends it through a pipe, and the caller unpickles it. submit + as_completed hands each result back as soon as it arrives, so the gap between a bar&apos;s end and its tick in the &apos;handed back&apos; lane is that copy; the diagnosis gives its median.</source>
        <translation>실제 파이썬 인터프리터에서 각 작업이 정수 400,000개짜리 리스트(CPython 3.11에서 약 16 MB, 이 컴퓨터에서 tracemalloc으로 잼)를 만들어 돌려줍니다. 워커 프로세스는 자기 메모리를 호출한 쪽에 그대로 넘길 수 없습니다. 리스트를 pickle로 직렬화해 파이프로 보내고, 호출한 쪽이 다시 unpickle합니다. submit + as_completed는 결과가 도착하는 즉시 돌려주므로, 막대가 끝난 지점과 &apos;돌려준 결과&apos; 줄의 눈금 사이의 간격이 바로 그 복사 시간입니다. 진단 창에 그 중앙값이 나옵니다.</translation>
    </message>
    <message>
        <source>Switch Mode to threads and run again: Python threads hand the caller the list itself, with no copy, so the gaps are shorter and a tick can follow its bar at once. The others wait for the caller&apos;s turn at the GIL, which a thread building a list holds until the list is done.</source>
        <translation>모드를 스레드로 바꿔 다시 실행해 보세요. 파이썬 스레드는 복사 없이 리스트 자체를 호출한 쪽에 넘기므로 간격이 더 짧고, 눈금이 막대 바로 뒤에 찍힐 수도 있습니다. 나머지는 호출한 쪽이 GIL을 얻을 차례를 기다립니다. 리스트를 만드는 스레드는 리스트가 완성될 때까지 GIL을 쥐고 있습니다.</translation>
    </message>
    <message>
        <source>004 (Russian): a process is a full copy of the program in other memory, so results must travel back; pickling itself is beyond the notebook</source>
        <translation>004 (러시아어): 프로세스는 다른 메모리에 있는 프로그램의 완전한 복사본이라 결과가 되돌아와야 한다. pickle 자체는 노트북에서 다루지 않는다</translation>
    </message>
    <message>
        <source>Pool.map holds every result until the last one</source>
        <translation>Pool.map은 마지막 결과가 나올 때까지 모든 결과를 쥐고 있다</translation>
    </message>
    <message>
        <source>The same 12 lists of 400,000 ints through Pool.map, in a real Python interpreter. The amber shade in the &apos;handed back&apos; lane counts the results the caller holds: ended, not yet handed to your code. Pool.map keeps every one until the last task ends, so the shade climbs to all 12 (about 190 MB of lists in CPython 3.11) before anything comes back.</source>
        <translation>같은 정수 400,000개짜리 리스트 12개를 실제 파이썬 인터프리터에서 Pool.map으로 돌립니다. &apos;돌려준 결과&apos; 줄의 호박색 음영은 호출한 쪽이 쥐고 있는 결과, 즉 끝났지만 아직 여러분의 코드에 넘어가지 않은 결과의 수입니다. Pool.map은 마지막 작업이 끝날 때까지 하나도 넘기지 않으므로, 무엇이든 돌아오기 전에 음영이 12개 전부(CPython 3.11에서 리스트 약 190 MB)까지 올라갑니다.</translation>
    </message>
    <message>
        <source>Switch the API to Pool.imap and run again: each list is handed over as it comes and can be saved and dropped, so most arrive before the last task ends and the shade stays well below all 12, as the notebook advises for its 500 GB of texts.</source>
        <translation>API를 Pool.imap으로 바꿔 다시 실행해 보세요. 리스트가 도착하는 대로 하나씩 넘어오므로 저장하고 버릴 수 있습니다. 대부분이 마지막 작업이 끝나기 전에 도착하고 음영은 12개에 한참 못 미칩니다. 노트북이 500 GB짜리 텍스트에 대해 권하는 방식입니다.</translation>
    </message>
    <message>
        <source>004 (Russian): pool.map is not recommended, it fills the memory; pool.imap hands results over gradually</source>
        <translation>004 (러시아어): pool.map은 메모리를 가득 채우므로 권하지 않는다. pool.imap은 결과를 조금씩 넘겨준다</translation>
    </message>
    <message>
        <source>Open the next lesson, gil-processes: the same gcd on two processes, one GIL each.</source>
        <translation>다음 레슨 gil-processes를 열어 보세요. 같은 gcd를 프로세스 두 개로, GIL도 하나씩 따로 씁니다.</translation>
    </message>
    <message>
        <source>Each task adds 1 to one shared counter a million times on native threads (C++, no GIL), with no lock: two threads read the same value and both write value + 1, so updates are lost. The summary shows the expected and the actual total. Python threads differ: under the GIL, two threads doing c += 1 lost no update on CPython 3.11 here (the next lesson, shared-race-python), which is not a promise.</source>
        <translation>작업마다 공유 카운터 하나에 1을 백만 번 더하는데, 네이티브 스레드(C++, GIL 없음)에서 잠금 없이 합니다. 두 스레드가 같은 값을 읽고 둘 다 값 + 1을 쓰니 업데이트가 사라집니다. 요약에 기대한 합계와 실제 합계가 나옵니다. 파이썬 스레드는 다릅니다. GIL 아래에서 c += 1을 하는 두 스레드는 여기 CPython 3.11에서 업데이트를 하나도 잃지 않았지만(다음 레슨 shared-race-python), 보장되는 것은 아닙니다.</translation>
    </message>
    <message>
        <source>Load counter-shared-locked (the counter in memory shared with the workers, a lock around each update): right again. The next lessons, shared-memory-race and shared-memory-locked, show it in Python.</source>
        <translation>counter-shared-locked(워커와 공유하는 메모리에 카운터, 업데이트마다 잠금)를 불러와 보세요. 다시 맞습니다. 다음 레슨 shared-memory-race와 shared-memory-locked가 파이썬으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Try more workers: the long tasks still set the end of the run. Then the next lesson, uneven-poolmap: the same tasks through Pool.map and its default chunksize.</source>
        <translation>워커를 늘려 보세요. 그래도 실행이 끝나는 시점은 긴 작업이 정합니다. 그다음 레슨 uneven-poolmap에서는 같은 작업을 Pool.map과 그 기본 chunksize로 실행합니다.</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>Broken pool</source>
        <translation>깨진 풀</translation>
    </message>
    <message>
        <source>Seven 200 ms tasks where the fifth kills its worker process (SIGSEGV): the run fails naming that task, and results already computed are kept</source>
        <translation>200 ms짜리 작업 일곱 개 중 다섯 번째가 자기 워커 프로세스를 죽입니다(SIGSEGV). 실행은 그 작업을 알려 주며 실패하고, 이미 계산된 결과는 남습니다</translation>
    </message>
    <message>
        <source>Shared counter, locked</source>
        <translation>공유 카운터, 잠금 있음</translation>
    </message>
    <message>
        <source>The same counter with a lock around each update: right in threads; in processes each worker adds to its own copy and the caller&apos;s total stays 0</source>
        <translation>같은 카운터에 업데이트마다 잠금: 스레드에서는 정확하고, 프로세스에서는 워커마다 자기 복사본에 더해서 호출한 쪽의 합계는 0 그대로</translation>
    </message>
    <message>
        <source>Shared counter through a Manager</source>
        <translation>Manager를 거치는 공유 카운터</translation>
    </message>
    <message>
        <source>The counter lives in a multiprocessing Manager&apos;s process: every update is a round trip to it through a proxy, right and slow (Python runtime only)</source>
        <translation>카운터가 multiprocessing Manager의 프로세스에 있어서 업데이트마다 프록시를 거쳐 왕복합니다. 정확하지만 느립니다(파이썬 런타임 전용)</translation>
    </message>
    <message>
        <source>Shared counter, no lock</source>
        <translation>공유 카운터, 잠금 없음</translation>
    </message>
    <message>
        <source>Shared counter, shared memory with its lock</source>
        <translation>공유 카운터, 공유 메모리와 그 잠금</translation>
    </message>
    <message>
        <source>The same shared counter with a lock around each update (with v.get_lock(): v.value += 1): every update arrives, and it is slower</source>
        <translation>같은 공유 카운터에 업데이트마다 잠금(with v.get_lock(): v.value += 1): 모든 업데이트가 반영되고, 더 느립니다</translation>
    </message>
    <message>
        <source>Shared counter, shared memory without the lock</source>
        <translation>공유 카운터, 잠금 없는 공유 메모리</translation>
    </message>
    <message>
        <source>Eight tasks add 1 to one counter in memory shared with the worker processes, read then write, no lock (v.value += 1 on a multiprocessing.Value): updates get lost and the total comes out short (natively, only when both workers run at once)</source>
        <translation>작업 여덟 개가 워커 프로세스와 공유하는 메모리의 카운터 하나에 1을 더합니다. 잠금 없이 읽고 나서 씁니다(multiprocessing.Value에 v.value += 1). 업데이트가 사라지고 합계가 모자랍니다(네이티브에서는 두 워커가 동시에 실행될 때만)</translation>
    </message>
    <message>
        <source>Sleeping doubler, reversed</source>
        <translation>잠드는 두 배 만들기, 거꾸로</translation>
    </message>
    <message>
        <source>The imap_unordered example: doubling 1, 2 and 3 after sleeping 3 - n seconds, so the first input finishes last; as completed hands back 6, 4, 2, ordered stream holds all behind the first</source>
        <translation>imap_unordered 예제: 1, 2, 3을 3 - n초 잠든 뒤 두 배로 만들어서 첫 입력이 가장 늦게 끝납니다. 완료 순서는 6, 4, 2를 돌려주고, 입력 순서 스트림은 모두를 첫 결과 뒤에 붙잡아 둡니다</translation>
    </message>
    <message>
        <source>Sleeping doubler</source>
        <translation>잠드는 두 배 만들기</translation>
    </message>
    <message>
        <source>The imap example: doubling 1, 2 and 3 after sleeping that many seconds; ordered batch hands all back at 3 s, ordered stream at 1, 2 and 3 s</source>
        <translation>imap 예제: 1, 2, 3을 그만큼 초 동안 잠든 뒤 두 배로 만듭니다. 한꺼번에 돌려주는 방식은 3초에 모두, 입력 순서 스트림은 1, 2, 3초에 돌려줍니다</translation>
    </message>
    <message>
        <source>Doubler</source>
        <translation>두 배 만들기</translation>
    </message>
    <message>
        <source>x -&gt; 2x over [5, 10, 15, 20, 25] from the teaching material: tasks so small that starting the workers is the whole cost</source>
        <translation>교재의 [5, 10, 15, 20, 25]에 x -&gt; 2x: 작업이 너무 작아서 워커를 시작하는 것이 비용의 전부입니다</translation>
    </message>
    <message>
        <source>Naive gcd (4 pairs)</source>
        <translation>단순 gcd (4쌍)</translation>
    </message>
    <message>
        <source>Counting-down gcd of the 4 pairs from the teaching material: 2 threads under the GIL gain nothing, 2 processes nearly halve the time</source>
        <translation>교재의 4쌍에 대한, 하나씩 세어 내려가는 gcd: GIL 아래의 스레드 2개는 이득이 없고, 프로세스 2개는 시간을 거의 절반으로 줄입니다</translation>
    </message>
    <message>
        <source>Waiting tasks</source>
        <translation>기다리는 작업</translation>
    </message>
    <message>
        <source>Twenty tasks that each wait 200 ms, like I/O: threads overlap the waits even under the GIL, and the CPU stays idle</source>
        <translation>I/O처럼 저마다 200 ms씩 기다리는 작업 스무 개: 스레드는 GIL 아래에서도 기다림을 겹치고, CPU는 놀고 있습니다</translation>
    </message>
    <message>
        <source>Memory-bound sweep</source>
        <translation>메모리에 묶인 스윕</translation>
    </message>
    <message>
        <source>16 tasks of 8 streaming passes over a 64 MiB buffer per worker: memory bandwidth runs out before the cores do, so the speedup flattens early</source>
        <translation>워커마다 64 MiB 버퍼를 8번 훑는 작업 16개: 코어보다 메모리 대역폭이 먼저 바닥나서 속도 향상이 일찍 평평해집니다</translation>
    </message>
    <message>
        <source>Seed primes (50), your own Python</source>
        <translation>교재 소수 (50), 직접 만든 파이썬</translation>
    </message>
    <message>
        <source>The Korean notebook&apos;s is_prime in a file of your own (primes.py beside this workload), run by CPython itself on the notebook&apos;s NUMS: the Python runtime imports the file by module name, as a spawned worker would</source>
        <translation>한국어 노트북의 is_prime을 직접 만든 파일(이 워크로드 옆의 primes.py)에 넣고, CPython이 노트북의 NUMS로 직접 실행합니다. 파이썬 런타임은 spawn으로 시작한 워커가 하듯 모듈 이름으로 파일을 import합니다</translation>
    </message>
    <message>
        <source>Seed primes (50)</source>
        <translation>교재 소수 (50)</translation>
    </message>
    <message>
        <source>Trial-division primality of the 50 integers near 1e14..1e15 from the teaching material: pure CPU work that scales with processes and native threads, but not with threads under the GIL</source>
        <translation>교재에 나온 1e14..1e15 근처 정수 50개의 나눗셈 소수 판별: 프로세스와 네이티브 스레드로는 빨라지지만 GIL 아래의 스레드로는 빨라지지 않는 순수 CPU 작업</translation>
    </message>
    <message>
        <source>Seed primes (6), defined in a notebook</source>
        <translation>교재 소수 (6), 노트북에서 정의</translation>
    </message>
    <message>
        <source>is_prime defined in the program&apos;s __main__, as a notebook cell defines it: forked workers inherit it, spawned ones cannot find it and the pool breaks before any result (tutorial 002; Python runtime only)</source>
        <translation>노트북 셀처럼 프로그램의 __main__에 정의한 is_prime: fork로 시작한 워커는 물려받지만 spawn으로 시작한 워커는 찾지 못해 결과 하나 없이 풀이 깨집니다(튜토리얼 002; 파이썬 런타임 전용)</translation>
    </message>
    <message>
        <source>Seed primes (6)</source>
        <translation>교재 소수 (6)</translation>
    </message>
    <message>
        <source>The six is_prime inputs of the Korean notebook (five primes and one composite): a short CPU-bound run, serial against a pool</source>
        <translation>한국어 노트북의 is_prime 입력 여섯 개(소수 다섯, 합성수 하나): 짧은 CPU 작업, 직렬 대 풀</translation>
    </message>
    <message>
        <source>Summation loop (10)</source>
        <translation>합계 반복문 (10)</translation>
    </message>
    <message>
        <source>The seed&apos;s &quot;factorial&quot; (1 + 1 + 2 + ... + n by a loop) over 10 inputs near 1e7: ten equal CPU-bound tasks, one per process or through a pool</source>
        <translation>교재의 &quot;factorial&quot;(반복문으로 1 + 1 + 2 + ... + n)을 1e7 근처 입력 10개에: 같은 크기의 CPU 작업 열 개, 프로세스마다 하나씩 또는 풀로</translation>
    </message>
    <message>
        <source>Many tiny tasks</source>
        <translation>아주 작은 작업 여러 개</translation>
    </message>
    <message>
        <source>A million doublings of 5: per-task dispatch overhead swamps the work until chunksize sends tasks in batches</source>
        <translation>5를 두 배로 만드는 작업 백만 개: chunksize로 작업을 묶어 보내기 전까지는 작업마다 드는 분배 비용이 일을 압도합니다</translation>
    </message>
    <message>
        <source>Uneven tasks</source>
        <translation>고르지 않은 작업</translation>
    </message>
    <message>
        <source>60 busy tasks of 20 to 60 ms followed by three of 800 ms: the long tail leaves cores idle at the end of the run</source>
        <translation>20~60 ms짜리 바쁜 작업 60개 뒤에 800 ms짜리 세 개: 긴 꼬리 때문에 실행 끝에 코어가 놉니다</translation>
    </message>
    <message>
        <source>Big results</source>
        <translation>큰 결과</translation>
    </message>
    <message>
        <source>Each task builds a list of 400,000 numbers and hands it back, as tutorial 004&apos;s text-processing example hands back whole texts: threads share the list with the caller, processes pickle it, send it through a pipe and unpickle it</source>
        <translation>각 작업이 숫자 400,000개짜리 리스트를 만들어 돌려줍니다. 튜토리얼 004의 텍스트 처리 예제가 텍스트를 통째로 돌려주듯이요. 스레드는 리스트를 호출한 쪽과 공유하고, 프로세스는 pickle해서 파이프로 보낸 뒤 unpickle합니다</translation>
    </message>
    <message>
        <source>Eight tasks each add 1 to one shared counter a million times without a lock: native threads lose updates, and the total comes out short (Python threads on CPython 3.10 and newer happen not to: the run says which)</source>
        <translation>작업 8개가 잠금 없이 공유 카운터 하나에 1을 백만 번씩 더합니다: 네이티브 스레드는 갱신을 잃어 합계가 모자랍니다(CPython 3.10 이상의 파이썬 스레드는 우연히 잃지 않습니다: 실행 결과가 어느 쪽인지 알려 줍니다)</translation>
    </message>
</context>
<context>
    <name>corescope::Diagnosis</name>
    <message>
        <source>speedup %1x over the serial run on %2 worker (efficiency %3)</source>
        <translation>워커 %2개로 직렬 실행 대비 %1배 속도 향상 (효율 %3)</translation>
    </message>
    <message>
        <source>speedup %1x over the serial run on %2 workers (efficiency %3)</source>
        <translation>워커 %2개로 직렬 실행 대비 %1배 속도 향상 (효율 %3)</translation>
    </message>
    <message>
        <source>Python threads spent %1 of their tasks&apos; time off the CPU, waiting for the GIL or for the OS (a sleep, I/O, a core busy elsewhere)</source>
        <translation>파이썬 스레드는 작업 시간의 %1를 CPU 밖에서 보냈습니다: GIL이나 OS(sleep, I/O, 다른 일로 바쁜 코어)를 기다린 시간입니다</translation>
    </message>
    <message>
        <source>worker start-up was %1 of the run (%2, %3 processes started): reuse a pool instead of a new process per task</source>
        <translation>워커 시작이 실행의 %1를 차지했습니다(%2, 프로세스 %3개 시작): 작업마다 새 프로세스를 만들지 말고 풀을 재사용하세요</translation>
    </message>
    <message>
        <source>worker start-up was %1 of the run (%2): a pool pays it once, so keep the pool for more work, or start fewer workers that live longer</source>
        <translation>워커 시작이 실행의 %1를 차지했습니다(%2): 풀은 이 비용을 한 번만 치르니, 풀을 더 많은 일에 계속 쓰거나 더 오래 사는 워커를 더 적게 시작하세요</translation>
    </message>
    <message>
        <source>tasks take %1 each, but %2 of the workers&apos; time went to handing them out: raise chunksize (now %3)</source>
        <translation>작업 하나가 %1 걸리는데, 워커 시간의 %2가 작업을 나눠 주는 데 들었습니다: chunksize를 늘리세요(현재 %3)</translation>
    </message>
    <message>
        <source>tasks take %1 each, but %2 of the workers&apos; time went to handing them out: raise chunksize (now %3, the API&apos;s default)</source>
        <translation>작업 하나가 %1 걸리는데, 워커 시간의 %2가 작업을 나눠 주는 데 들었습니다: chunksize를 늘리세요(현재 %3, API 기본값)</translation>
    </message>
    <message>
        <source>%1 workers on %2 core: the extra workers only take turns</source>
        <translation>코어 %2개에 워커 %1개: 남는 워커는 번갈아 실행될 뿐입니다</translation>
    </message>
    <message>
        <source>%1 workers on %2 cores: the extra workers only take turns</source>
        <translation>코어 %2개에 워커 %1개: 남는 워커는 번갈아 실행될 뿐입니다</translation>
    </message>
    <message>
        <source>memory-bound: the workers streamed %1 GB/s together, and cores wait on memory: each task took %2x as long as in the serial run</source>
        <translation>메모리에 묶임: 워커들이 합쳐서 초당 %1 GB를 읽었고 코어는 메모리를 기다립니다: 작업마다 직렬 실행의 %2배가 걸렸습니다</translation>
    </message>
    <message>
        <source>these tasks ran as native C++ kernels: in the last Python run of this workload (%1) each task computed %2x as long (%3 in Python against %4 in C++)</source>
        <translation>이 작업들은 네이티브 C++ 커널로 실행됐습니다: 이 워크로드의 마지막 파이썬 실행(%1)에서는 작업마다 %2배 오래 계산했습니다(파이썬 %3, C++ %4)</translation>
    </message>
    <message>
        <source>each task computed %2x as long here as in the last native run of this workload (%1; %3 in Python against %4 in C++)</source>
        <translation>여기서는 작업마다 이 워크로드의 마지막 네이티브 실행(%1)보다 %2배 오래 계산했습니다(파이썬 %3, C++ %4)</translation>
    </message>
    <message>
        <source>each result reached the caller %1 after its task ended (median): the worker process pickles it, sends it through a pipe, and the caller unpickles it; threads would hand over the object itself</source>
        <translation>각 결과는 작업이 끝나고 %1 뒤에 호출한 쪽에 도착했습니다(중앙값). 워커 프로세스가 pickle로 직렬화해 파이프로 보내고 호출한 쪽이 unpickle하기 때문입니다. 스레드라면 객체 자체를 넘겼을 것입니다</translation>
    </message>
    <message>
        <source>%1 held all %2 results until the last task ended, then handed them back together: the caller&apos;s memory holds every result at once (imap and imap_unordered hand each over as it comes)</source>
        <translation>%1은(는) 마지막 작업이 끝날 때까지 결과 %2개를 모두 쥐고 있다가 한꺼번에 돌려주었습니다. 호출한 쪽의 메모리가 모든 결과를 동시에 담고 있어야 합니다(imap과 imap_unordered는 도착하는 대로 하나씩 넘겨줍니다)</translation>
    </message>
    <message>
        <source>MPI message passing: the ranks spent %1 per task outside their tasks (%2 of their time: each chunk travels through rank 0 and back), and the MPI job took %3 to start (mpirun started until the last rank was ready)</source>
        <translation>MPI 메시지 전달: 랭크들이 작업 밖에서 작업당 %1를 썼습니다(시간의 %2: 각 청크가 랭크 0을 거쳐 갔다가 돌아옵니다). MPI 작업은 시작하는 데 %3 걸렸습니다(mpirun 시작부터 마지막 랭크가 준비될 때까지)</translation>
    </message>
    <message>
        <source>tasks take %1 each, but %2 of the workers&apos; time went to handing them out: %3 hands out one task at a time whatever the chunksize, so give each task more work, or use an API that sends chunks</source>
        <translation>작업 하나가 %1 걸리는데, 워커 시간의 %2가 작업을 나눠 주는 데 들었습니다: %3은(는) chunksize와 상관없이 작업을 하나씩 나눠 주므로, 작업마다 일을 더 주거나 묶음(chunk)으로 보내는 API를 쓰세요</translation>
    </message>
    <message>
        <source>Python worker processes spent %1 of their tasks&apos; time off the CPU, waiting for the OS (a sleep, I/O, a core busy elsewhere); each process has a GIL of its own, so none of it is a GIL wait</source>
        <translation>파이썬 워커 프로세스는 작업 시간의 %1를 CPU 밖에서 보냈습니다: OS(sleep, I/O, 다른 일로 바쁜 코어)를 기다린 시간입니다. 프로세스마다 자기 GIL이 있으므로 GIL 대기는 없습니다</translation>
    </message>
    <message>
        <source>native threads waited for the emulated GIL %1 of the time: it lets one thread run at a time, as CPython&apos;s GIL lets one thread run Python code</source>
        <translation>네이티브 스레드가 시간의 %1 동안 에뮬레이션된 GIL을 기다렸습니다: CPython의 GIL이 파이썬 코드를 한 번에 한 스레드만 실행하게 하듯, 이 잠금은 한 번에 한 스레드만 계산하게 합니다</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle: uneven tasks, and it started %3 of its tasks then, handed to it in a chunk (chunksize %4) that no idle worker could take; a smaller chunksize spreads the long ones out</source>
        <translation>마지막 %1 동안(실행의 %2) 워커 하나만 일하고 풀의 나머지는 놀았습니다: 작업 길이가 고르지 않았고, 그동안 시작한 작업 %3개는 묶음(chunksize %4)으로 이미 그 워커에게 넘어가 있어 노는 워커가 가져갈 수 없었습니다; chunksize를 줄이면 긴 작업이 여러 워커로 나뉩니다</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle: it started %3 of its tasks then, handed to it in a chunk (chunksize %4) that no idle worker could take; a smaller chunksize shares the end out</source>
        <translation>마지막 %1 동안(실행의 %2) 워커 하나만 일하고 풀의 나머지는 놀았습니다: 그동안 시작한 작업 %3개는 묶음(chunksize %4)으로 이미 그 워커에게 넘어가 있어 노는 워커가 가져갈 수 없었습니다; chunksize를 줄이면 마지막 작업도 나눠 맡습니다</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle: uneven tasks</source>
        <translation>마지막 %1 동안(실행의 %2) 워커 하나만 일하고 풀의 나머지는 놀았습니다: 작업 길이가 고르지 않았습니다</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle, with no task left for it: its last tasks took up to %3, the median task %4</source>
        <translation>마지막 %1 동안(실행의 %2) 워커 하나만 일하고 풀의 나머지는 남은 작업이 없어 놀았습니다: 그 워커의 마지막 작업은 최대 %3, 작업 시간의 중앙값은 %4</translation>
    </message>
    <message>
        <source>one worker ran alone for the last %1 (%2 of the run) while the rest of the pool sat idle, with no task left for it: it got its last tasks later than the others, not longer ones (they took up to %3, the median task %4)</source>
        <translation>마지막 %1 동안(실행의 %2) 워커 하나만 일하고 풀의 나머지는 남은 작업이 없어 놀았습니다: 그 워커는 마지막 작업을 더 길어서가 아니라 더 늦게 받았습니다(최대 %3, 작업 시간의 중앙값은 %4)</translation>
    </message>
</context>
<context>
    <name>corescope::Engine</name>
    <message>
        <source>file not found</source>
        <translation>파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>is a directory, not a workload file</source>
        <translation>워크로드 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>파일을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>잘못된 JSON: %1</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>필수 필드가 없습니다</translation>
    </message>
    <message>
        <source>unknown field%1; %2 takes %3</source>
        <translation>알 수 없는 필드%1; %2에 쓸 수 있는 필드: %3</translation>
    </message>
    <message>
        <source>the workload has no tasks: the list is empty</source>
        <translation>워크로드에 작업이 없습니다: 목록이 비어 있습니다</translation>
    </message>
    <message>
        <source>workers must be between 1 and %1, got %2</source>
        <translation>워커 수는 1에서 %1 사이여야 합니다. 받은 값: %2</translation>
    </message>
    <message>
        <source>chunksize must be between 0 (the API&apos;s default) and %1, got %2</source>
        <translation>chunksize는 0(API 기본값)에서 %1 사이여야 합니다. 받은 값: %2</translation>
    </message>
    <message>
        <source>sample rate must be between 0 and %1 Hz, got %2</source>
        <translation>샘플링 주기는 0에서 %1 Hz 사이여야 합니다. 받은 값: %2</translation>
    </message>
    <message>
        <source>GIL switch interval must be between 0 and 1000 ms, got %1</source>
        <translation>GIL 전환 간격은 0에서 1000 ms 사이여야 합니다. 받은 값: %1</translation>
    </message>
    <message>
        <source>task timeout must be between 0 (off) and %1 ms, got %2</source>
        <translation>작업 제한 시간은 0(끔)에서 %1 ms 사이여야 합니다. 받은 값: %2</translation>
    </message>
    <message>
        <source>No Python interpreter found: looked for python3 on PATH. Install Python 3.9 or newer (Debian: apt-get install python3), or give its path (--python PATH).</source>
        <translation>파이썬 인터프리터를 찾지 못했습니다: PATH에 python3가 없습니다. Python 3.9 이상을 설치하거나(Debian: apt-get install python3) 경로를 지정하세요(--python PATH).</translation>
    </message>
    <message>
        <source>The Python interpreter &quot;%1&quot; cannot be run: %2. Install Python 3.9 or newer (Debian: apt-get install python3), or give another path (--python PATH).</source>
        <translation>파이썬 인터프리터 &quot;%1&quot;을(를) 실행할 수 없습니다: %2. Python 3.9 이상을 설치하거나(Debian: apt-get install python3) 다른 경로를 지정하세요(--python PATH).</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got &quot;%3&quot;</source>
        <translation>%1에서 %2 사이의 정수가 필요합니다. 받은 값: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>scale must be between 0.1 and 100 (the work per task, multiplied), got %1</source>
        <translation>배율은 0.1에서 100 사이여야 합니다(작업당 일의 양에 곱함). 받은 값: %1</translation>
    </message>
    <message>
        <source>the workload &quot;%1&quot; has no tasks</source>
        <translation>워크로드 &quot;%1&quot;에 작업이 없습니다</translation>
    </message>
    <message>
        <source>the workload &quot;%1&quot; has %2 tasks, more than the limit of %3 per run (every task keeps a trace record)</source>
        <translation>워크로드 &quot;%1&quot;의 작업은 %2개로, 실행당 한도 %3개를 넘습니다 (작업마다 트레이스 기록을 남깁니다)</translation>
    </message>
    <message>
        <source>the mem_sweep kernel needs %1 MiB per worker x %2 = %3 MiB, more than half of this machine&apos;s memory (%4 MiB): lower buffer_mib or the workers</source>
        <translation>mem_sweep 커널은 워커당 %1 MiB x %2 = %3 MiB가 필요해 이 컴퓨터 메모리(%4 MiB)의 절반을 넘습니다: buffer_mib이나 워커 수를 줄이세요</translation>
    </message>
    <message>
        <source>the workload &quot;%1&quot; runs your own Python function (%2: %3): only the Python runtime runs it (--runtime python, or Runtime: Python in the window)</source>
        <translation>워크로드 &quot;%1&quot;은(는) 직접 만든 파이썬 함수(%2: %3)를 실행합니다: 파이썬 런타임만 실행할 수 있습니다 (--runtime python, 또는 창에서 런타임: 파이썬)</translation>
    </message>
    <message>
        <source>the workload &quot;%1&quot; has params.sync &quot;%2&quot;: a multiprocessing Manager is Python&apos;s, and only the Python runtime runs it (--runtime python, or Runtime: Python in the window)</source>
        <translation>워크로드 &quot;%1&quot;의 params.sync는 &quot;%2&quot;입니다: multiprocessing Manager는 파이썬의 것이라 파이썬 런타임만 실행할 수 있습니다 (--runtime python, 또는 창에서 런타임: 파이썬)</translation>
    </message>
    <message>
        <source>the %1 kernel kills the process that runs it. In %2 mode that process is Corescope itself: one crashing thread takes the whole program down, which is why Python&apos;s threads can&apos;t survive it either. Run it in processes mode, where only a worker dies and the pool reports it.</source>
        <translation>%1 커널은 자신을 실행하는 프로세스를 죽입니다. %2 모드에서는 그 프로세스가 Corescope 자체입니다: 스레드 하나가 죽으면 프로그램 전체가 함께 죽고, 파이썬 스레드도 그래서 살아남지 못합니다. 워커만 죽고 풀이 그것을 알려 주는 프로세스 모드로 실행하세요.</translation>
    </message>
    <message>
        <source>MPI ranks need Open MPI, and this Corescope was built without it: install it (sudo apt-get install openmpi-bin libopenmpi-dev) and build Corescope again.</source>
        <translation>MPI 랭크에는 Open MPI가 필요한데, 이 Corescope는 그것 없이 빌드되었습니다: 설치하고(sudo apt-get install openmpi-bin libopenmpi-dev) Corescope를 다시 빌드하세요.</translation>
    </message>
    <message>
        <source>MPI ranks need Open MPI&apos;s mpirun, which is not on PATH: install it (sudo apt-get install openmpi-bin) or name it with --mpirun.</source>
        <translation>MPI 랭크에는 Open MPI의 mpirun이 필요한데 PATH에 없습니다: 설치하거나(sudo apt-get install openmpi-bin) --mpirun으로 지정하세요.</translation>
    </message>
    <message>
        <source>the shared_counter kernel&apos;s counter in shared memory cannot span MPI ranks (they may be on other hosts): use processes mode</source>
        <translation>shared_counter 커널의 공유 메모리 카운터는 MPI 랭크들에 걸칠 수 없습니다 (다른 호스트에 있을 수 있음): 프로세스 모드를 쓰세요</translation>
    </message>
    <message>
        <source>MPI ranks are started once per run: a new process per task is the process pool&apos;s option</source>
        <translation>MPI 랭크는 실행마다 한 번 시작됩니다: 작업마다 새 프로세스는 프로세스 풀의 옵션입니다</translation>
    </message>
    <message>
        <source>MPI ranks cannot be replaced during a run: a dead rank fails it (--on-worker-death respawn is the process pool&apos;s option)</source>
        <translation>MPI 랭크는 실행 중에 바꿀 수 없습니다: 랭크가 죽으면 실행이 실패합니다 (--on-worker-death respawn은 프로세스 풀의 옵션입니다)</translation>
    </message>
    <message>
        <source>Python&apos;s MPI ranks run through mpi4py&apos;s MPIPoolExecutor, which has executor.map and submit.as_completed but not %1: choose one of those two APIs</source>
        <translation>Python의 MPI 랭크는 mpi4py의 MPIPoolExecutor로 실행되며, 여기에는 executor.map과 submit.as_completed는 있지만 %1은(는) 없습니다: 이 두 API 중 하나를 고르세요</translation>
    </message>
    <message>
        <source>Python&apos;s MPI ranks need mpi4py, which the interpreter %1 (Python %2) lacks: install it (Debian: apt-get install python3-mpi4py, for /usr/bin/python3), or name an interpreter that has it (--python PATH).</source>
        <translation>Python의 MPI 랭크에는 mpi4py가 필요한데, 인터프리터 %1 (Python %2)에는 없습니다: 설치하거나 (Debian: apt-get install python3-mpi4py, /usr/bin/python3용), mpi4py가 있는 인터프리터를 지정하세요 (--python PATH).</translation>
    </message>
    <message>
        <source>the shared_counter kernel&apos;s multiprocessing Manager serves the processes of one pool: MPI ranks (perhaps on other hosts) cannot reach it; use processes mode</source>
        <translation>shared_counter 커널의 multiprocessing Manager는 한 풀의 프로세스만 상대합니다: (다른 호스트에 있을 수도 있는) MPI 랭크는 거기에 닿을 수 없습니다; processes 모드를 쓰세요</translation>
    </message>
    <message>
        <source>the %1 kernel kills the process that runs it, so every run of a sweep would fail (a native serial run, such as a sweep&apos;s baseline, would be Corescope itself). Run it once instead, in processes mode, to see the pool report its dead worker.</source>
        <translation>%1 커널은 자신을 실행하는 프로세스를 죽입니다. 스윕의 모든 실행이 실패합니다(스윕의 기준 실행 같은 네이티브 직렬 실행은 Corescope 자체가 됩니다). 대신 프로세스 모드로 한 번 실행해 풀이 죽은 워커를 보고하는 것을 보세요.</translation>
    </message>
    <message>
        <source>%1 result(s) differ from &quot;expected&quot;; first: task %2 (input %3) returned a value Corescope does not keep (it keeps an int from 0 to 2^64-1, a bool, None or a list of ints), expected %4</source>
        <translation>&quot;expected&quot;와 다른 결과 %1개; 첫 번째: 작업 %2(입력 %3)이(가) Corescope가 보관하지 않는 값을 반환했습니다(보관하는 값: 0부터 2^64-1까지의 int, bool, None, int 리스트). 기대값 %4</translation>
    </message>
    <message>
        <source>%1 result(s) differ from &quot;expected&quot;; first: task %2 (input %3) returned %4, expected %5</source>
        <translation>&quot;expected&quot;와 다른 결과 %1개; 첫 번째: 작업 %2(입력 %3)이(가) %4을(를) 반환했습니다. 기대값 %5</translation>
    </message>
    <message>
        <source>task %1 (input %2) failed: %3</source>
        <translation>작업 %1(입력 %2) 실패: %3</translation>
    </message>
    <message>
        <source>it raised %1</source>
        <translation>예외가 발생했습니다: %1</translation>
    </message>
    <message>
        <source>task %1 (input %2) timed out after %3 ms: Corescope ended the Python run</source>
        <translation>작업 %1(입력 %2)이(가) %3 ms 안에 끝나지 않았습니다: Corescope가 Python 실행을 끝냈습니다</translation>
    </message>
    <message>
        <source>Python raised %1 (the workers&apos; last words: %2)</source>
        <translation>파이썬이 예외를 발생시켰습니다: %1(워커의 마지막 출력: %2)</translation>
    </message>
    <message>
        <source>Python raised %1</source>
        <translation>파이썬이 예외를 발생시켰습니다: %1</translation>
    </message>
    <message>
        <source>%1 worker processes died before they were ready, and the pool starts another each time (multiprocessing.Pool does, forever): Corescope ended the run (their last words: %2)</source>
        <translation>워커 프로세스 %1개가 준비되기 전에 죽었고, 풀은 그때마다 새로 시작합니다(multiprocessing.Pool은 끝없이 그렇게 합니다): Corescope가 실행을 끝냈습니다(마지막 출력: %2)</translation>
    </message>
    <message>
        <source>%1 worker processes died before they were ready, and the pool starts another each time (multiprocessing.Pool does, forever): Corescope ended the run</source>
        <translation>워커 프로세스 %1개가 준비되기 전에 죽었고, 풀은 그때마다 새로 시작합니다(multiprocessing.Pool은 끝없이 그렇게 합니다): Corescope가 실행을 끝냈습니다</translation>
    </message>
    <message>
        <source>the run ended before every task finished</source>
        <translation>모든 작업이 끝나기 전에 실행이 끝났습니다</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1이(가) 와야 하는데 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>문자 %1</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>음이 아닌 정수</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>양의 정수</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>an integer or null</source>
        <translation>정수나 null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>빈 값이 아닌 문자열</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>문자열이나 null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true나 false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>an empty object</source>
        <translation>빈 객체</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>리스트</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>빈 리스트</translation>
    </message>
    <message>
        <source>a list of 1 element</source>
        <translation>원소 1개짜리 리스트</translation>
    </message>
    <message>
        <source>a list of %1 elements</source>
        <translation>원소 %1개짜리 리스트</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>큰따옴표로 묶은 키</translation>
    </message>
    <message>
        <source>no such file, and no shipped workload has this id or name; shipped: %1</source>
        <translation>그런 파일이 없고, 이 id나 이름의 기본 제공 워크로드도 없습니다; 기본 제공: %1</translation>
    </message>
    <message>
        <source>has %1 results but the workload has %2 tasks</source>
        <translation>결과가 %1개인데 워크로드의 작업은 %2개입니다</translation>
    </message>
    <message>
        <source>has %1 results but the workload has 1 task</source>
        <translation>결과가 %1개인데 워크로드의 작업은 1개입니다</translation>
    </message>
    <message>
        <source>has 1 result but the workload has %1 tasks</source>
        <translation>결과가 1개인데 워크로드의 작업은 %1개입니다</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>제어 문자 없이 한 줄이어야 합니다</translation>
    </message>
    <message>
        <source>give either a kernel or your own Python function, not both</source>
        <translation>커널과 직접 만든 파이썬 함수 중 하나만 지정하세요. 둘 다는 안 됩니다</translation>
    </message>
    <message>
        <source>unknown field%1; expected %2</source>
        <translation>알 수 없는 필드%1; 쓸 수 있는 필드: %2</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>그런 파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is above the largest supported integer, %2</source>
        <translation>%1은(는) 지원하는 가장 큰 정수 %2보다 큽니다</translation>
    </message>
    <message>
        <source>%1 is above 2^53, the largest integer a JSON number holds exactly; write it as a decimal string: &quot;%2&quot;</source>
        <translation>%1은(는) JSON 숫자가 정확히 담을 수 있는 가장 큰 정수인 2^53보다 큽니다; 10진 문자열 &quot;%2&quot;(으)로 쓰세요</translation>
    </message>
    <message>
        <source>%1 is above the %2 kernel&apos;s limit of %3</source>
        <translation>%1은(는) %2 커널의 한도 %3보다 큽니다</translation>
    </message>
    <message>
        <source>unknown parameter: the %1 kernel takes no parameters</source>
        <translation>알 수 없는 매개변수: %1 커널은 매개변수를 받지 않습니다</translation>
    </message>
    <message>
        <source>unknown parameter%1; the %2 kernel takes %3</source>
        <translation>알 수 없는 매개변수%1; %2 커널이 받는 매개변수: %3</translation>
    </message>
    <message>
        <source>%1 tasks is more than the limit of %2 per workload (every task keeps a trace record)</source>
        <translation>작업 %1개는 워크로드당 한도 %2개보다 많습니다(작업마다 트레이스 기록을 남깁니다)</translation>
    </message>
    <message>
        <source>unknown generator%1; expected &quot;range&quot; or &quot;repeat&quot;</source>
        <translation>알 수 없는 생성기%1; &quot;range&quot;나 &quot;repeat&quot;만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>only one generator is allowed, &quot;range&quot; or &quot;repeat&quot;</source>
        <translation>생성기는 &quot;range&quot;나 &quot;repeat&quot; 중 하나만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>a range gives single integers, but %1 takes pairs [a, b]: list the pairs instead</source>
        <translation>범위는 정수를 하나씩 주지만 %1은(는) [a, b] 쌍을 받습니다: 쌍을 나열하세요</translation>
    </message>
    <message>
        <source>the range is empty (stop %1 is not above start %2): the workload has no tasks</source>
        <translation>범위가 비었습니다(stop %1이(가) start %2보다 크지 않음): 워크로드에 작업이 없습니다</translation>
    </message>
    <message>
        <source>the range reaches %1, above the %2 kernel&apos;s limit of %3</source>
        <translation>범위가 %1까지 가서 %2 커널의 한도 %3을(를) 넘습니다</translation>
    </message>
    <message>
        <source>the workload has no tasks: count is 0</source>
        <translation>워크로드에 작업이 없습니다: count가 0입니다</translation>
    </message>
    <message>
        <source>too large: more than %1 values (inputs and expected results together); describe large workloads with a &quot;range&quot; or &quot;repeat&quot; generator</source>
        <translation>너무 큽니다: 값이 %1개보다 많습니다(입력과 기대 결과를 합쳐서); 큰 워크로드는 &quot;range&quot;나 &quot;repeat&quot; 생성기로 기술하세요</translation>
    </message>
    <message>
        <source> (did you mean %1?)</source>
        <translation> (%1을(를) 말씀하신 건가요?)</translation>
    </message>
    <message>
        <source>empty input: expected a JSON value</source>
        <translation>빈 입력: JSON 값이 와야 합니다</translation>
    </message>
    <message>
        <source>unexpected end of input: the list opened at %1 is not closed (truncated file?)</source>
        <translation>입력이 예기치 않게 끝났습니다: %1에서 열린 리스트가 닫히지 않았습니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <source>unexpected end of input: the object opened at %1 is not closed (truncated file?)</source>
        <translation>입력이 예기치 않게 끝났습니다: %1에서 열린 객체가 닫히지 않았습니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <source>unexpected end of input (truncated file?)</source>
        <translation>입력이 예기치 않게 끝났습니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>JSON에서는 주석을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>trailing data after the JSON value: %1</source>
        <translation>JSON 값 뒤에 남은 데이터: %1</translation>
    </message>
    <message>
        <source>more than %1 values in one document (the limit bounds memory use)</source>
        <translation>한 문서에 값이 %1개보다 많습니다(이 한계로 메모리 사용을 제한합니다)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>중첩이 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <source>trailing commas are not allowed</source>
        <translation>끝에 붙은 쉼표는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>duplicate key %1 (first at %2)</source>
        <translation>중복된 키 %1(처음 나온 곳: %2)</translation>
    </message>
    <message>
        <source>keys need double quotes, not single quotes</source>
        <translation>키는 작은따옴표가 아니라 큰따옴표로 묶어야 합니다</translation>
    </message>
    <message>
        <source>strings need double quotes, not single quotes</source>
        <translation>문자열은 작은따옴표가 아니라 큰따옴표로 묶어야 합니다</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate in a \u escape</source>
        <translation>\u 이스케이프에 짝이 없는 UTF-16 서로게이트가 있습니다</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string: %1 after &apos;\&apos;</source>
        <translation>문자열의 잘못된 이스케이프 시퀀스: &apos;\&apos; 뒤의 %1</translation>
    </message>
    <message>
        <source>unterminated string: a line break comes before the closing quote</source>
        <translation>닫히지 않은 문자열: 닫는 따옴표보다 줄바꿈이 먼저 옵니다</translation>
    </message>
    <message>
        <source>NUL byte in a string (is this a binary file?)</source>
        <translation>문자열에 NUL 바이트가 있습니다(바이너리 파일인가요?)</translation>
    </message>
    <message>
        <source>control byte %1 in a string must be written as a \u escape</source>
        <translation>문자열의 제어 바이트 %1은(는) \u 이스케이프로 써야 합니다</translation>
    </message>
    <message>
        <source>byte %1 in a string is not valid UTF-8 (is this a binary file?)</source>
        <translation>문자열의 바이트 %1은(는) 올바른 UTF-8이 아닙니다(바이너리 파일인가요?)</translation>
    </message>
    <message>
        <source>invalid number: %1</source>
        <translation>잘못된 숫자: %1</translation>
    </message>
    <message>
        <source>leading zeros are not allowed</source>
        <translation>숫자 앞에 0을 붙일 수 없습니다</translation>
    </message>
    <message>
        <source>unexpected word &apos;%1&apos; (JSON&apos;s literals are true, false and null; strings need double quotes)</source>
        <translation>예기치 않은 단어 &apos;%1&apos;(JSON의 리터럴은 true, false, null이고, 문자열은 큰따옴표로 묶어야 합니다)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없습니다</translation>
    </message>
    <message>
        <source>value %1 out of range (%2 to %3)</source>
        <translation>값 %1이(가) 범위(%2~%3)를 벗어났습니다</translation>
    </message>
    <message>
        <source>a workload object {&quot;name&quot;: ..., &quot;kernel&quot;: ..., &quot;inputs&quot;: ...}</source>
        <translation>워크로드 객체 {&quot;name&quot;: ..., &quot;kernel&quot;: ..., &quot;inputs&quot;: ...}</translation>
    </message>
    <message>
        <source>a kernel name (one of %1)</source>
        <translation>커널 이름(%1 중 하나)</translation>
    </message>
    <message>
        <source>an object {&quot;file&quot;: &quot;primes.py&quot;, &quot;function&quot;: &quot;is_prime&quot;}</source>
        <translation>객체 {&quot;file&quot;: &quot;primes.py&quot;, &quot;function&quot;: &quot;is_prime&quot;}</translation>
    </message>
    <message>
        <source>a file name such as &quot;primes.py&quot;</source>
        <translation>&quot;primes.py&quot; 같은 파일 이름</translation>
    </message>
    <message>
        <source>a Python file (.py)</source>
        <translation>파이썬 파일(.py)</translation>
    </message>
    <message>
        <source>the name of a function in %1</source>
        <translation>%1에 있는 함수의 이름</translation>
    </message>
    <message>
        <source>true (the function is defined in __main__, as in a notebook) or false</source>
        <translation>true(노트북에서처럼 함수가 __main__에 정의됨) 또는 false</translation>
    </message>
    <message>
        <source>a pair [a, b] of non-negative integers (%1 takes two)</source>
        <translation>음이 아닌 정수 쌍 [a, b](%1은(는) 두 개를 받음)</translation>
    </message>
    <message>
        <source>a number of milliseconds from 0 to %1</source>
        <translation>0부터 %1까지의 밀리초 수</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>%1부터 %2까지의 정수</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 중 하나</translation>
    </message>
    <message>
        <source>a list of inputs, {&quot;range&quot;: {&quot;start&quot;: ..., &quot;stop&quot;: ...}} or {&quot;repeat&quot;: {&quot;value&quot;: ..., &quot;count&quot;: ...}}</source>
        <translation>입력 리스트, {&quot;range&quot;: {&quot;start&quot;: ..., &quot;stop&quot;: ...}} 또는 {&quot;repeat&quot;: {&quot;value&quot;: ..., &quot;count&quot;: ...}}</translation>
    </message>
    <message>
        <source>an object {&quot;start&quot;: ..., &quot;stop&quot;: ..., &quot;step&quot;: ...}</source>
        <translation>객체 {&quot;start&quot;: ..., &quot;stop&quot;: ..., &quot;step&quot;: ...}</translation>
    </message>
    <message>
        <source>an object {&quot;value&quot;: ..., &quot;count&quot;: ...}</source>
        <translation>객체 {&quot;value&quot;: ..., &quot;count&quot;: ...}</translation>
    </message>
    <message>
        <source>a list of 1 result (one per task)</source>
        <translation>결과 1개의 리스트(작업마다 하나)</translation>
    </message>
    <message>
        <source>a list of %1 results (one per task)</source>
        <translation>결과 %1개의 리스트(작업마다 하나)</translation>
    </message>
    <message>
        <source>true or false (%1 returns a bool)</source>
        <translation>true나 false(%1은(는) 불리언을 반환함)</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after a list element</source>
        <translation>리스트 원소 뒤의 &apos;,&apos;나 &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>객체 멤버 뒤의 &apos;,&apos;나 &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>키 뒤의 &apos;:&apos;</translation>
    </message>
    <message>
        <source>4 hex digits after \u</source>
        <translation>\u 뒤의 16진 숫자 4개</translation>
    </message>
    <message>
        <source>a digit after &apos;-&apos;</source>
        <translation>&apos;-&apos; 뒤의 숫자</translation>
    </message>
    <message>
        <source>a digit after &apos;.&apos;</source>
        <translation>&apos;.&apos; 뒤의 숫자</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>지수 부분의 숫자</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>NUL byte (is this a binary file?)</source>
        <translation>NUL 바이트(바이너리 파일인가요?)</translation>
    </message>
    <message>
        <source>byte %1, not valid UTF-8 (is this a binary file?)</source>
        <translation>바이트 %1, 올바른 UTF-8이 아님(바이너리 파일인가요?)</translation>
    </message>
    <message>
        <source>control byte %1 (is this a binary file?)</source>
        <translation>제어 바이트 %1(바이너리 파일인가요?)</translation>
    </message>
    <message>
        <source>unknown kernel %1 (did you mean %2?); known kernels: %3; your own Python function is &quot;python&quot;: {&quot;file&quot;: ..., &quot;function&quot;: ...}</source>
        <translation>알 수 없는 커널 %1(%2을(를) 말씀하신 건가요?); 알려진 커널: %3; 직접 만든 파이썬 함수는 &quot;python&quot;: {&quot;file&quot;: ..., &quot;function&quot;: ...}(으)로 씁니다</translation>
    </message>
    <message>
        <source>unknown kernel %1; known kernels: %2; your own Python function is &quot;python&quot;: {&quot;file&quot;: ..., &quot;function&quot;: ...}</source>
        <translation>알 수 없는 커널 %1; 알려진 커널: %2; 직접 만든 파이썬 함수는 &quot;python&quot;: {&quot;file&quot;: ..., &quot;function&quot;: ...}(으)로 씁니다</translation>
    </message>
    <message>
        <source>not a Corescope run report (%1)</source>
        <translation>Corescope 실행 보고서가 아닙니다(%1)</translation>
    </message>
    <message>
        <source>not a Corescope sweep report (%1)</source>
        <translation>Corescope 스윕 보고서가 아닙니다(%1)</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Corescope; this one reads up to version %2</source>
        <translation>버전 %1은(는) 더 새로운 Corescope가 썼습니다; 이 Corescope는 버전 %2까지 읽습니다</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>알 수 없는 상태 %1</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>알 수 없는 작업 상태 %1</translation>
    </message>
    <message>
        <source>unknown mode %1</source>
        <translation>알 수 없는 모드 %1</translation>
    </message>
    <message>
        <source>unknown runtime %1</source>
        <translation>알 수 없는 런타임 %1</translation>
    </message>
    <message>
        <source>unknown counter sync %1</source>
        <translation>알 수 없는 카운터 동기화 %1</translation>
    </message>
    <message>
        <source>unknown kernel %1</source>
        <translation>알 수 없는 커널 %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>too many tasks</source>
        <translation>작업이 너무 많습니다</translation>
    </message>
    <message>
        <source>tasks must be listed in index order; expected %1, got %2</source>
        <translation>작업은 인덱스 순서로 나열해야 합니다; %1이(가) 와야 하는데 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>only threads run under the emulated GIL</source>
        <translation>에뮬레이션 GIL 아래에서는 스레드만 실행됩니다</translation>
    </message>
    <message>
        <source>not a run option</source>
        <translation>실행 옵션이 아닙니다</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>읽을 수 없습니다</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>hosts: %1</source>
        <translation>호스트: %1</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>항목 %1(%2): %3</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>호스트 이름이 없습니다</translation>
    </message>
    <message>
        <source>a host name has letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>호스트 이름에는 글자, 숫자, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>slots must be a whole number from 1 to %1</source>
        <translation>슬롯 수는 1부터 %1까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>expected host:slots,host:slots (%1)</source>
        <translation>호스트:슬롯,호스트:슬롯 형식이어야 합니다(%1)</translation>
    </message>
    <message>
        <source>milliseconds in (0, 1000]</source>
        <translation>(0, 1000] 범위의 밀리초</translation>
    </message>
    <message>
        <source>a scale from 0.1 to 100</source>
        <translation>0.1부터 100까지의 배율</translation>
    </message>
    <message>
        <source>an input such as &quot;123&quot; or &quot;[123, 456]&quot;</source>
        <translation>&quot;123&quot;이나 &quot;[123, 456]&quot; 같은 입력</translation>
    </message>
    <message>
        <source>a pair [a, b]</source>
        <translation>쌍 [a, b]</translation>
    </message>
    <message>
        <source>serial, threads, threads + GIL, processes or their Python forms (Python threads, ...)</source>
        <translation>serial, threads, threads + GIL, processes 또는 그 파이썬 형태(Python threads, ...)</translation>
    </message>
    <message>
        <source>no workload file name given</source>
        <translation>워크로드 파일 이름이 없습니다</translation>
    </message>
    <message>
        <source>cannot access the file: %1</source>
        <translation>파일에 접근할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>file is too large (%1; workload files are limited to %2)</source>
        <translation>파일이 너무 큽니다(%1; 워크로드 파일 한도는 %2)</translation>
    </message>
    <message>
        <source>file is too large (workload files are limited to %1)</source>
        <translation>파일이 너무 큽니다(워크로드 파일 한도는 %1)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot open the shipped workload</source>
        <translation>기본 제공 워크로드를 열 수 없습니다</translation>
    </message>
    <message>
        <source>unexpected end of input inside a number (truncated file?)</source>
        <translation>숫자 안에서 입력이 예기치 않게 끝났습니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <source>unexpected end of input inside a \u escape (truncated file?)</source>
        <translation>\u 이스케이프 안에서 입력이 예기치 않게 끝났습니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <source>unexpected end of input inside the string started at %1 (truncated file?)</source>
        <translation>%1에서 시작한 문자열 안에서 입력이 예기치 않게 끝났습니다(파일이 잘렸나요?)</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>유한한 숫자</translation>
    </message>
    <message>
        <source>missing %1: not a complete Corescope run report</source>
        <translation>%1이(가) 없습니다: 완전한 Corescope 실행 보고서가 아닙니다</translation>
    </message>
    <message>
        <source>unexpected text after the document</source>
        <translation>문서 뒤에 예기치 않은 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>task %1 does not exist</source>
        <translation>작업 %1은(는) 없습니다</translation>
    </message>
    <message>
        <source>says %1 tasks, but &quot;tasks&quot; lists %2</source>
        <translation>작업이 %1개라고 하지만 &quot;tasks&quot;에는 %2개가 있습니다</translation>
    </message>
    <message>
        <source>the %1 kernel takes a pair [a, b]</source>
        <translation>%1 커널은 쌍 [a, b]를 받습니다</translation>
    </message>
    <message>
        <source>the %1 kernel takes one integer</source>
        <translation>%1 커널은 정수 하나를 받습니다</translation>
    </message>
    <message>
        <source>wrong shape for the %1 kernel</source>
        <translation>%1 커널에 맞지 않는 형태입니다</translation>
    </message>
    <message>
        <source>generates %1 tasks, but &quot;tasks&quot; lists %2</source>
        <translation>작업 %1개를 만들지만 &quot;tasks&quot;에는 %2개가 있습니다</translation>
    </message>
    <message>
        <source>differs from what workload.inputs generates</source>
        <translation>workload.inputs가 만드는 것과 다릅니다</translation>
    </message>
    <message>
        <source>&quot;expected&quot; is given for %1 of %2 tasks; all or none</source>
        <translation>&quot;expected&quot;가 작업 %2개 중 %1개에만 있습니다; 전부에 주거나 아무 데도 주지 마세요</translation>
    </message>
    <message>
        <source>expected at least one worker count</source>
        <translation>워커 수가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>%1: the emulated GIL is the native runtime&apos;s; Python threads run under the real one (py:threads)</source>
        <translation>%1: 에뮬레이션 GIL은 네이티브 런타임의 것입니다; 파이썬 스레드는 진짜 GIL 아래에서 실행됩니다(py:threads)</translation>
    </message>
    <message>
        <source>the sweep has no workload</source>
        <translation>스윕에 워크로드가 없습니다</translation>
    </message>
    <message>
        <source>repeats must be between 1 and %1, got %2</source>
        <translation>반복 횟수는 1에서 %1 사이여야 합니다. 받은 값: %2</translation>
    </message>
    <message>
        <source>the sweep has no worker counts</source>
        <translation>스윕에 워커 수가 없습니다</translation>
    </message>
    <message>
        <source>worker counts like 1-8 or 1,2,4,8 (each 1..%1)</source>
        <translation>1-8이나 1,2,4,8 같은 워커 수(각각 1..%1)</translation>
    </message>
    <message>
        <source>modes from serial, threads, threads+gil, processes, mpi (each may start with py: or native:)</source>
        <translation>serial, threads, threads+gil, processes, mpi 중의 모드(각각 py:나 native:로 시작할 수 있음)</translation>
    </message>
    <message>
        <source>%1, %2 workers: %3</source>
        <translation>%1, 워커 %2개: %3</translation>
    </message>
    <message>
        <source>%1, %2 workers, repeat %3/%4</source>
        <translation>%1, 워커 %2개, 반복 %3/%4</translation>
    </message>
    <message>
        <source>%1, repeat %2/%3</source>
        <translation>%1, 반복 %2/%3</translation>
    </message>
    <message>
        <source>no workload given; shipped: %1</source>
        <translation>워크로드를 지정하지 않았습니다; 기본 제공: %1</translation>
    </message>
    <message>
        <source>warm-up run</source>
        <translation>워밍업 실행</translation>
    </message>
    <message>
        <source>worker %1 (pid %2)</source>
        <translation>워커 %1(pid %2)</translation>
    </message>
    <message>
        <source>rank %1 on %2 (pid %3)</source>
        <translation>%2의 랭크 %1(pid %3)</translation>
    </message>
    <message>
        <source>task %1 (input %2)</source>
        <translation>작업 %1(입력 %2)</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>시그널 %1(%2)로 종료됨</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>코드 %1(으)로 종료됨</translation>
    </message>
    <message>
        <source>ended with status %1</source>
        <translation>상태 %1(으)로 종료됨</translation>
    </message>
    <message>
        <source>killed by %1</source>
        <translation>%1(으)로 종료됨</translation>
    </message>
    <message>
        <source>died</source>
        <translation>죽음</translation>
    </message>
    <message>
        <source>%1 died: %2</source>
        <translation>%1이(가) 죽었습니다: %2</translation>
    </message>
    <message>
        <source>%1 while running %2</source>
        <translation>%2을(를) 실행하던 중 %1</translation>
    </message>
    <message>
        <source>%1 while idle</source>
        <translation>유휴 상태에서 %1</translation>
    </message>
    <message>
        <source>%1 before it was ready, with %2 sent to it</source>
        <translation>준비되기 전에 %1(%2을(를) 이미 받은 상태)</translation>
    </message>
    <message>
        <source>%1 before it was ready</source>
        <translation>준비되기 전에 %1</translation>
    </message>
    <message>
        <source>%1; it left a truncated message</source>
        <translation>%1; 잘린 메시지를 남김</translation>
    </message>
    <message>
        <source>%1 killed: %2 timed out after %3 ms</source>
        <translation>%1을(를) 종료했습니다: %2이(가) %3 ms 안에 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>%1 ms 안에 끝나지 않음</translation>
    </message>
    <message>
        <source>%1 killed two workers: %2; then %3</source>
        <translation>%1이(가) 워커 둘을 죽였습니다: %2; 이어서 %3</translation>
    </message>
    <message>
        <source>killed after its task %1</source>
        <translation>작업이 %1 — 그 뒤 종료됨</translation>
    </message>
    <message>
        <source>killed: its task %1</source>
        <translation>종료됨: 작업이 %1</translation>
    </message>
    <message>
        <source>%1; its tasks go to a new worker</source>
        <translation>%1; 작업은 새 워커가 맡음</translation>
    </message>
    <message>
        <source>%1 when the pool stopped: %2</source>
        <translation>풀이 멈출 때 %1: %2</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>시작하지 못함: %1</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1: 시간 초과</translation>
    </message>
    <message>
        <source>%1 killed two workers</source>
        <translation>%1이(가) 워커 둘을 죽임</translation>
    </message>
    <message>
        <source>%1 died</source>
        <translation>%1이(가) 죽음</translation>
    </message>
    <message>
        <source>%1 broke the protocol</source>
        <translation>%1이(가) 프로토콜을 어김</translation>
    </message>
    <message>
        <source>the pool could not start a worker</source>
        <translation>풀이 워커를 시작하지 못함</translation>
    </message>
    <message>
        <source>too many worker processes</source>
        <translation>워커 프로세스가 너무 많음</translation>
    </message>
    <message>
        <source>run cancelled</source>
        <translation>실행 취소됨</translation>
    </message>
    <message>
        <source>poll failed</source>
        <translation>poll 실패</translation>
    </message>
    <message>
        <source>poll failed: %1</source>
        <translation>poll 실패: %1</translation>
    </message>
    <message>
        <source>could not start worker %1 (%2): %3</source>
        <translation>워커 %1(%2)을(를) 시작하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>stopped after starting %1 worker processes</source>
        <translation>워커 프로세스를 %1개 시작한 뒤 멈췄습니다</translation>
    </message>
    <message>
        <source>worker executable not found: %1 (%2)</source>
        <translation>워커 실행 파일을 찾을 수 없습니다: %1(%2)</translation>
    </message>
    <message>
        <source>cannot locate the running executable&apos;s folder</source>
        <translation>실행 중인 프로그램의 폴더를 찾을 수 없음</translation>
    </message>
    <message>
        <source>no path given</source>
        <translation>경로가 주어지지 않음</translation>
    </message>
    <message>
        <source>exists but is not executable: %1</source>
        <translation>있지만 실행할 수 없음: %1</translation>
    </message>
    <message>
        <source>not found on PATH</source>
        <translation>PATH에 없음</translation>
    </message>
    <message>
        <source>a new process per task would start %1 worker processes, more than %2: raise the chunksize to at least %3</source>
        <translation>작업마다 새 프로세스를 쓰면 워커 프로세스를 %1개 시작하게 되어 %2개를 넘습니다: chunksize를 %3 이상으로 올리세요</translation>
    </message>
    <message>
        <source>the worker process (pid %1) died of %2 (faulthandler: &quot;%3&quot;)</source>
        <translation>워커 프로세스(pid %1)가 %2(으)로 죽었습니다(faulthandler: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>the worker process (pid %1) died without a word (killed, or it exited)</source>
        <translation>워커 프로세스(pid %1)가 아무 말 없이 죽었습니다(종료당했거나 스스로 끝남)</translation>
    </message>
    <message>
        <source>%1; Python raised %2</source>
        <translation>%1; 파이썬이 예외를 발생시켰습니다: %2</translation>
    </message>
    <message>
        <source>%1; Python did not report BrokenProcessPool within %2 s</source>
        <translation>%1; 파이썬이 %2초 안에 BrokenProcessPool을 알리지 않았습니다</translation>
    </message>
    <message>
        <source>%1; multiprocessing.Pool starts a new worker but never returns this task&apos;s result (its caller would wait forever), so Corescope ended the pool</source>
        <translation>%1; multiprocessing.Pool은 새 워커를 시작하지만 이 작업의 결과는 끝내 돌려주지 않으므로(호출한 쪽은 영원히 기다리게 됨) Corescope가 풀을 끝냈습니다</translation>
    </message>
    <message>
        <source>the Python interpreter ended before the run did (%1): %2</source>
        <translation>파이썬 인터프리터가 실행보다 먼저 끝났습니다(%1): %2</translation>
    </message>
    <message>
        <source>the Python interpreter ended before the run did (%1)</source>
        <translation>파이썬 인터프리터가 실행보다 먼저 끝났습니다(%1)</translation>
    </message>
    <message>
        <source>%1 while running task %2 or a later one: the driver&apos;s threads send their tasks&apos; ends every 25 ms, and the last ones never left</source>
        <translation>작업 %2 또는 그 뒤 작업을 실행하던 중 %1: 드라이버의 스레드는 25 ms마다 작업의 끝을 보내며, 마지막 것들은 보내지 못했습니다</translation>
    </message>
    <message>
        <source>%1 while running tasks %2 or a later one: the driver&apos;s threads send their tasks&apos; ends every 25 ms, and the last ones never left</source>
        <translation>작업 %2 또는 그 뒤 작업을 실행하던 중 %1: 드라이버의 스레드는 25 ms마다 작업의 끝을 보내며, 마지막 것들은 보내지 못했습니다</translation>
    </message>
    <message>
        <source>the Python driver broke the trace contract: %1</source>
        <translation>파이썬 드라이버가 트레이스 규약을 어겼습니다: %1</translation>
    </message>
    <message>
        <source>cannot open the Python workers&apos; socket: %1</source>
        <translation>파이썬 워커의 소켓을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot start Python: %1</source>
        <translation>파이썬을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1을(를) 시작하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The Python interpreter &quot;%1&quot; did not report its version. Install Python 3.9 or newer (Debian: apt-get install python3), or give another path (--python PATH).</source>
        <translation>파이썬 인터프리터 &quot;%1&quot;이(가) 버전을 알려 주지 않았습니다. Python 3.9 이상을 설치하거나(Debian: apt-get install python3) 다른 경로를 지정하세요(--python PATH).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is Python %2; Corescope needs Python 3.9 or newer (Debian: apt-get install python3), or give another path (--python PATH).</source>
        <translation>&quot;%1&quot;은(는) 파이썬 %2입니다. Corescope에는 Python 3.9 이상이 필요합니다(Debian: apt-get install python3). 다른 경로를 지정할 수도 있습니다(--python PATH).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is Python of an unknown version; Corescope needs Python 3.9 or newer (Debian: apt-get install python3), or give another path (--python PATH).</source>
        <translation>&quot;%1&quot;은(는) 버전을 알 수 없는 파이썬입니다. Corescope에는 Python 3.9 이상이 필요합니다(Debian: apt-get install python3). 다른 경로를 지정할 수도 있습니다(--python PATH).</translation>
    </message>
    <message>
        <source>Corescope&apos;s Python driver is missing: looked for python/corescope_driver.py next to the program (%1) and in %2/; reinstall Corescope</source>
        <translation>Corescope의 파이썬 드라이버가 없습니다: 프로그램 옆(%1)과 %2/에서 python/corescope_driver.py를 찾았습니다. Corescope를 다시 설치하세요</translation>
    </message>
    <message>
        <source>the workload&apos;s Python file is missing: %1</source>
        <translation>워크로드의 파이썬 파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>랭크 %1</translation>
    </message>
    <message>
        <source>%1 died (%2)</source>
        <translation>%1이(가) 죽었습니다(%2)</translation>
    </message>
    <message>
        <source>mpirun %1</source>
        <translation>mpirun이 %1</translation>
    </message>
    <message>
        <source>%1 (the driver)</source>
        <translation>%1(랭크 0은 드라이버)</translation>
    </message>
    <message>
        <source>%1 stopped before its tasks were done</source>
        <translation>%1이(가) 작업을 다 끝내기 전에 멈췄습니다</translation>
    </message>
    <message>
        <source>its worker stopped before its tasks were done</source>
        <translation>워커가 작업을 다 끝내기 전에 멈춤</translation>
    </message>
    <message>
        <source>ended by Corescope: %1</source>
        <translation>Corescope가 끝냄: %1</translation>
    </message>
    <message>
        <source>the MPI job ended early (%1): %2</source>
        <translation>MPI 작업이 일찍 끝났습니다(%1): %2</translation>
    </message>
    <message>
        <source>the MPI job ended early (%1)</source>
        <translation>MPI 작업이 일찍 끝났습니다(%1)</translation>
    </message>
    <message>
        <source>the MPI job ended before the run did (%1): %2</source>
        <translation>MPI 작업이 실행보다 먼저 끝났습니다(%1): %2</translation>
    </message>
    <message>
        <source>the MPI job ended before the run did (%1)</source>
        <translation>MPI 작업이 실행보다 먼저 끝났습니다(%1)</translation>
    </message>
    <message>
        <source>mpirun could not start the ranks (%1): %2</source>
        <translation>mpirun이 랭크를 시작하지 못했습니다(%1): %2</translation>
    </message>
    <message>
        <source>mpirun could not start the ranks (%1)</source>
        <translation>mpirun이 랭크를 시작하지 못했습니다(%1)</translation>
    </message>
    <message>
        <source>the MPI ranks were not all up within %1 s of mpirun&apos;s start (%2 of %3 worker ranks had said where they run): %4</source>
        <translation>mpirun 시작 후 %1초 안에 MPI 랭크가 모두 뜨지 않았습니다(워커 랭크 %3개 중 %2개만 실행 위치를 알림): %4</translation>
    </message>
    <message>
        <source>the MPI ranks were not all up within %1 s of mpirun&apos;s start (%2 of %3 worker ranks had said where they run)</source>
        <translation>mpirun 시작 후 %1초 안에 MPI 랭크가 모두 뜨지 않았습니다(워커 랭크 %3개 중 %2개만 실행 위치를 알림)</translation>
    </message>
    <message>
        <source>the MPI job did not start within %1 s (%2 of %3 ranks announced): %4</source>
        <translation>MPI 작업이 %1초 안에 시작하지 않았습니다(랭크 %3개 중 %2개만 알림): %4</translation>
    </message>
    <message>
        <source>the MPI job did not start within %1 s (%2 of %3 ranks announced)</source>
        <translation>MPI 작업이 %1초 안에 시작하지 않았습니다(랭크 %3개 중 %2개만 알림)</translation>
    </message>
    <message>
        <source>the MPI job did not start in time</source>
        <translation>MPI 작업이 제때 시작하지 않음</translation>
    </message>
    <message>
        <source>a task timed out</source>
        <translation>작업 시간 초과</translation>
    </message>
    <message>
        <source>the run failed</source>
        <translation>실행 실패</translation>
    </message>
    <message>
        <source>the relay broke</source>
        <translation>중계가 끊김</translation>
    </message>
    <message>
        <source>the MPI job ended</source>
        <translation>MPI 작업이 끝남</translation>
    </message>
    <message>
        <source>%1 timed out after %2 ms while running %3 (a rank cannot be replaced: the MPI job ends)</source>
        <translation>%1이(가) %3을(를) 실행하던 중 %2 ms 안에 끝나지 않았습니다(랭크는 바꿀 수 없으므로 MPI 작업을 끝냄)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>쓰기 실패</translation>
    </message>
    <message>
        <source>cannot create the pool&apos;s wake-up descriptor: %1</source>
        <translation>풀의 깨우기 디스크립터를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot create the shared counter&apos;s memory: %1</source>
        <translation>공유 카운터의 메모리를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot map the shared counter: %1</source>
        <translation>공유 카운터를 메모리에 매핑할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1, 1 worker: %2</source>
        <translation>%1, 워커 1개: %2</translation>
    </message>
    <message>
        <source>%1, 1 worker, repeat %2/%3</source>
        <translation>%1, 워커 1개, 반복 %2/%3</translation>
    </message>
    <message>
        <source>%1 (the workload&apos;s python.file) is imported as the module &apos;%2&apos;, but Python already has a module of that name (%3), which it uses instead: rename the file</source>
        <translation>%1(워크로드의 python.file)은 모듈 &apos;%2&apos;(으)로 임포트되지만, 파이썬에 이미 같은 이름의 모듈(%3)이 있어 그 모듈이 대신 쓰입니다: 파일 이름을 바꾸세요</translation>
    </message>
    <message>
        <source>%1 (the workload&apos;s python.file) is imported as the module &apos;%2&apos;, but Python already has a built-in module of that name, which it uses instead: rename the file</source>
        <translation>%1(워크로드의 python.file)은 모듈 &apos;%2&apos;(으)로 임포트되지만, 파이썬에 이미 같은 이름의 내장 모듈이 있어 그 모듈이 대신 쓰입니다: 파일 이름을 바꾸세요</translation>
    </message>
    <message>
        <source>importing %1 (the workload&apos;s python.file) raised %2 at line %3</source>
        <translation>%1(워크로드의 python.file)을 임포트하다가 %3행에서 예외가 발생했습니다: %2</translation>
    </message>
    <message>
        <source>importing %1 (the workload&apos;s python.file) raised %2</source>
        <translation>%1(워크로드의 python.file)을 임포트하다가 예외가 발생했습니다: %2</translation>
    </message>
    <message>
        <source>%1 (the workload&apos;s python.file) has no &apos;%2&apos; (its python.function)</source>
        <translation>%1(워크로드의 python.file)에 &apos;%2&apos;(python.function)이 없습니다</translation>
    </message>
    <message>
        <source>%1 while its threads ran tasks %2</source>
        <translation>스레드들이 작업 %2 실행 중 %1</translation>
    </message>
    <message>
        <source>%1 while its threads ran task %2</source>
        <translation>스레드들이 작업 %2 실행 중 %1</translation>
    </message>
</context>
<context>
    <name>corescope::Execution</name>
    <message>
        <source>Python serial</source>
        <translation>파이썬 직렬</translation>
    </message>
    <message>
        <source>Python threads</source>
        <translation>파이썬 스레드</translation>
    </message>
    <message>
        <source>Python processes</source>
        <translation>파이썬 프로세스</translation>
    </message>
    <message>
        <source>native serial</source>
        <translation>네이티브 직렬</translation>
    </message>
    <message>
        <source>native threads + emulated GIL</source>
        <translation>네이티브 스레드 + 에뮬레이션한 GIL</translation>
    </message>
    <message>
        <source>native threads</source>
        <translation>네이티브 스레드</translation>
    </message>
    <message>
        <source>native processes</source>
        <translation>네이티브 프로세스</translation>
    </message>
    <message>
        <source>Python MPI ranks</source>
        <translation>파이썬 MPI 랭크</translation>
    </message>
    <message>
        <source>native MPI ranks</source>
        <translation>네이티브 MPI 랭크</translation>
    </message>
    <message>
        <source>GIL wait</source>
        <translation>GIL 대기</translation>
    </message>
    <message>
        <source>waiting (off the CPU)</source>
        <translation>대기 (CPU 밖)</translation>
    </message>
    <message>
        <source>waiting (GIL or OS)</source>
        <translation>대기 (GIL 또는 OS)</translation>
    </message>
</context>
<context>
    <name>corescope::Ordering</name>
    <message>
        <source>in order, all at the end (Pool.map)</source>
        <translation>입력 순서대로, 마지막에 한꺼번에 (Pool.map)</translation>
    </message>
    <message>
        <source>in order, as they arrive (Executor.map, Pool.imap)</source>
        <translation>입력 순서대로, 도착하는 대로 (Executor.map, Pool.imap)</translation>
    </message>
    <message>
        <source>as completed (imap_unordered, as_completed)</source>
        <translation>끝나는 순서대로 (imap_unordered, as_completed)</translation>
    </message>
</context>
<context>
    <name>corescope::Units</name>
    <message>
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>us</source>
        <translation>us</translation>
    </message>
    <message>
        <source>ns</source>
        <translation>ns</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Errors</name>
    <message>
        <source>Try &apos;corescope --help&apos; for more information.</source>
        <translation>자세한 내용은 &apos;corescope --help&apos;를 보세요.</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1: %2에서 %3 사이의 정수가 필요합니다. 받은 값: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: missing WORKLOAD (a shipped id such as primes50, or a workload JSON file)</source>
        <translation>%1: WORKLOAD가 없습니다(primes50 같은 기본 제공 id 또는 워크로드 JSON 파일)</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: 예상하지 못한 인수 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--ordering: an older name for --api (ordered-batch is pool.map, ordered-stream pool.imap, as-completed pool.imap_unordered); give one of them</source>
        <translation>--ordering: --api의 옛 이름입니다(ordered-batch는 pool.map, ordered-stream은 pool.imap, as-completed는 pool.imap_unordered). 둘 중 하나만 쓰세요</translation>
    </message>
    <message>
        <source>--hostfile: give --hosts or --hostfile, not both</source>
        <translation>--hostfile: --hosts와 --hostfile 중 하나만 쓰세요</translation>
    </message>
    <message>
        <source>the native runtime&apos;s option (Python&apos;s pools reuse their workers)</source>
        <translation>네이티브 런타임의 옵션입니다(파이썬의 풀은 워커를 재사용합니다)</translation>
    </message>
    <message>
        <source>the native runtime&apos;s option (Python decides what a dead worker does)</source>
        <translation>네이티브 런타임의 옵션입니다(죽은 워커의 처리는 파이썬이 정합니다)</translation>
    </message>
    <message>
        <source>a Python start method: add --runtime python</source>
        <translation>파이썬의 시작 방식입니다: --runtime python을 추가하세요</translation>
    </message>
    <message>
        <source>names the interpreter of --runtime python</source>
        <translation>--runtime python의 인터프리터를 지정합니다</translation>
    </message>
    <message>
        <source>--%1: an MPI mode option: add %2</source>
        <translation>--%1: MPI 모드의 옵션입니다: %2을(를) 추가하세요</translation>
    </message>
    <message>
        <source>lessons: unexpected argument &quot;%1&quot;</source>
        <translation>lessons: 예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>lessons: no lesson &quot;%1&quot;; &apos;corescope lessons&apos; lists them</source>
        <translation>lessons: &quot;%1&quot; 레슨이 없습니다. 목록은 &apos;corescope lessons&apos;로 보세요</translation>
    </message>
    <message>
        <source>--lesson: no lesson &quot;%1&quot;; &apos;corescope lessons&apos; lists them</source>
        <translation>--lesson: &quot;%1&quot; 레슨이 없습니다. 목록은 &apos;corescope lessons&apos;로 보세요</translation>
    </message>
    <message>
        <source>--gil: the emulated GIL is the native runtime&apos;s; Python threads run under the real one</source>
        <translation>--gil: 에뮬레이션 GIL은 네이티브 런타임용입니다. 파이썬 스레드는 진짜 GIL 아래에서 돕니다</translation>
    </message>
    <message>
        <source>--gil: the emulated GIL applies to threads mode only (got --mode %1)</source>
        <translation>--gil: 에뮬레이션 GIL은 스레드 모드에만 적용됩니다(받은 값: --mode %1)</translation>
    </message>
    <message>
        <source>corescope: run failed: %1</source>
        <translation>corescope: 실행 실패: %1</translation>
    </message>
    <message>
        <source>corescope: run cancelled; %1 finished results kept</source>
        <translation>corescope: 실행 취소됨. 끝난 결과 %1개는 남아 있습니다</translation>
    </message>
    <message>
        <source>charts need the GUI libraries, not built here</source>
        <translation>차트에는 GUI 라이브러리가 필요한데, 이 빌드에는 없습니다</translation>
    </message>
    <message>
        <source>corescope: --lang: expected en, ko or ru, got &quot;%1&quot;
</source>
        <translation>corescope: --lang: en, ko, ru 중 하나가 필요합니다. 받은 값: &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>workloads: unexpected argument &quot;%1&quot;</source>
        <translation>workloads: 예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>알 수 없는 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>corescope: sweep failed: %1</source>
        <translation>corescope: 스윕 실패: %1</translation>
    </message>
    <message>
        <source>corescope: sweep cancelled; finished points kept</source>
        <translation>corescope: 스윕 취소됨. 끝난 지점은 남아 있습니다</translation>
    </message>
    <message>
        <source>--chart-size: expected WIDTHxHEIGHT, each from 200 to 8000 pixels (1280x720), got &quot;%1&quot;</source>
        <translation>--chart-size: 각각 200에서 8000 픽셀인 WIDTHxHEIGHT(1280x720)가 필요한데 &quot;%1&quot;을(를) 받았습니다</translation>
    </message>
    <message>
        <source>--chart-scale: expected a number from 1 to 4, got &quot;%1&quot;</source>
        <translation>--chart-scale: 1에서 4 사이의 수가 필요한데 &quot;%1&quot;을(를) 받았습니다</translation>
    </message>
    <message>
        <source>corescope: note: a serial run has one worker; --workers %1 is not used (--mode threads or processes uses it)
</source>
        <translation>corescope: 참고: 직렬 실행은 워커가 하나입니다. --workers %1은(는) 쓰이지 않습니다(--mode threads 또는 processes에서 쓰입니다)
</translation>
    </message>
    <message>
        <source>corescope: note: --start-method is not used: it is how multiprocessing starts --mode processes&apos; workers (got --mode %1)
</source>
        <translation>corescope: 참고: --start-method는 쓰이지 않습니다. multiprocessing이 --mode processes의 워커를 시작하는 방법입니다(받은 값: --mode %1)
</translation>
    </message>
    <message>
        <source>Try &apos;corescope %1 --help&apos; for its options.</source>
        <translation>옵션은 &apos;corescope %1 --help&apos;를 참고하세요.</translation>
    </message>
    <message>
        <source>%1 is the workload&apos;s own file, which this run reads; it would be overwritten: choose another file name</source>
        <translation>%1은(는) 이 실행이 읽는 워크로드 자체의 파일이라 덮어쓰게 됩니다: 다른 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>--%1 and %2 name the same file, %3: one would overwrite the other; give each its own</source>
        <translation>--%1와(과) %2이(가) 같은 파일 %3을(를) 가리킵니다: 하나가 다른 하나를 덮어쓰게 되니 각각 다른 파일을 주세요</translation>
    </message>
    <message>
        <source>corescope: note: --%1 does nothing for a run on %2, and is not used
</source>
        <translation>corescope: 참고: --%1은(는) %2 실행에서 아무 일도 하지 않아 쓰이지 않습니다
</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Help</name>
    <message>
        <source>native (the kernels in C++, default) or python (a real CPython interpreter through Python&apos;s own APIs).</source>
        <translation>native(C++ 커널, 기본값) 또는 python(파이썬 자체 API를 쓰는 진짜 CPython 인터프리터).</translation>
    </message>
    <message>
        <source>executor.map (default), submit.as_completed, pool.map, pool.imap or pool.imap_unordered (ThreadPoolExecutor / ThreadPool or ProcessPoolExecutor / multiprocessing.Pool by mode), in both runtimes: when results are handed back (pool.map: in order, all at the end; executor.map, pool.imap: in order, as they arrive; pool.imap_unordered, submit.as_completed: as completed) and the default chunksize.</source>
        <translation>executor.map(기본값), submit.as_completed, pool.map, pool.imap, pool.imap_unordered(모드에 따라 ThreadPoolExecutor / ThreadPool 또는 ProcessPoolExecutor / multiprocessing.Pool), 두 런타임 모두: 결과를 돌려주는 시점(pool.map: 순서대로, 마지막에 한꺼번에; executor.map, pool.imap: 순서대로, 도착하는 대로; pool.imap_unordered, submit.as_completed: 끝나는 대로)과 기본 chunksize를 정합니다.</translation>
    </message>
    <message>
        <source>Python runtime, processes: fork, spawn or forkserver (default: the interpreter&apos;s own).</source>
        <translation>파이썬 런타임, 프로세스: fork, spawn, forkserver(기본값: 인터프리터의 기본 방식).</translation>
    </message>
    <message>
        <source>Python runtime: the interpreter (default: python3 on PATH).</source>
        <translation>파이썬 런타임: 인터프리터(기본값: PATH의 python3).</translation>
    </message>
    <message>
        <source>Tasks sent to a worker at once (default: the API&apos;s own, as in Python: pool.map ceil(tasks / (4 x workers)), the others 1).</source>
        <translation>워커에 한 번에 보내는 작업 수(기본값: 파이썬처럼 API마다 다름: pool.map은 ceil(작업 수 / (4 x 워커 수)), 나머지는 1).</translation>
    </message>
    <message>
        <source>Older name for --api, kept for old scripts: ordered-batch is pool.map, ordered-stream pool.imap, as-completed pool.imap_unordered.</source>
        <translation>옛 스크립트를 위해 남겨 둔 --api의 옛 이름: ordered-batch는 pool.map, ordered-stream은 pool.imap, as-completed는 pool.imap_unordered.</translation>
    </message>
    <message>
        <source>GIL switch interval in ms (default 5, as sys.getswitchinterval()); with --runtime python, sys.setswitchinterval.</source>
        <translation>GIL 전환 간격, ms(기본값 5, sys.getswitchinterval()와 같음). --runtime python에서는 sys.setswitchinterval.</translation>
    </message>
    <message>
        <source>Per-core utilization samples per second (default 20; 0 = off).</source>
        <translation>초당 코어별 사용률 샘플 수(기본값 20, 0 = 끔).</translation>
    </message>
    <message>
        <source>Processes mode: a new worker process for every chunk, as one Process per input (shows start-up cost).</source>
        <translation>프로세스 모드: 입력마다 Process를 하나씩 만들듯 청크마다 새 워커 프로세스를 띄웁니다(시작 비용이 보입니다).</translation>
    </message>
    <message>
        <source>Processes mode: kill a worker whose task runs longer than MS ms (default 0 = off).</source>
        <translation>프로세스 모드: 작업이 MS ms보다 오래 걸리는 워커를 종료합니다(기본값 0 = 끔).</translation>
    </message>
    <message>
        <source>Processes mode: fail the run (default, as BrokenProcessPool) or respawn the worker and retry its task once.</source>
        <translation>프로세스 모드: 실행을 실패로 끝내거나(기본값, BrokenProcessPool처럼) 워커를 다시 띄워 그 작업을 한 번 더 시도합니다.</translation>
    </message>
    <message>
        <source>MPI mode: the hosts and how many ranks each takes, as mpirun&apos;s --host (default: this machine).</source>
        <translation>MPI 모드: 호스트와 호스트마다 맡을 랭크 수, mpirun의 --host와 같은 형식(기본값: 이 컴퓨터).</translation>
    </message>
    <message>
        <source>MPI mode: an Open MPI hostfile, instead of --hosts.</source>
        <translation>MPI 모드: --hosts 대신 쓰는 Open MPI 호스트 파일.</translation>
    </message>
    <message>
        <source>MPI mode: the mpirun to start (default: mpirun on PATH).</source>
        <translation>MPI 모드: 실행할 mpirun(기본값: PATH의 mpirun).</translation>
    </message>
    <message>
        <source>No progress line and no summary; errors only.</source>
        <translation>진행 줄과 요약 없이 오류만 출력합니다.</translation>
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
        <translation>사용법: corescope [COMMAND] [OPTIONS]
병렬 처리를 눈으로 봅니다: 워크로드를 직렬, 스레드, 프로세스로 실행하고
코어, 워커별 타임라인, 속도 향상을 지켜보세요. 명령 없이 실행하면 창을 엽니다.

명령:
  run WORKLOAD      창 없이 워크로드를 실행하고 요약을 출력
  sweep WORKLOAD    모드와 워커 수를 바꿔 가며 실행: 속도 향상, 효율, 암달 적합
  workloads         기본 제공 워크로드 목록
  lessons [ID]      교재의 레슨 목록, 또는 레슨 하나의 설명

WORKLOAD는 기본 제공 워크로드의 id나 이름(&apos;corescope workloads&apos; 참고), 또는
워크로드 JSON 파일의 경로입니다. &apos;corescope COMMAND --help&apos;는 명령의 옵션을 보여 줍니다.

옵션:
  -h, --help        이 도움말 보기
  -v, --version     버전 보기
  --lang CODE       모든 텍스트의 언어: en, ko, ru (기본값: 시스템 언어)

종료 코드: 0 정상; 1 실행 실패(워커가 죽음, 결과 불일치) 또는 실행 뒤
           출력 파일을 쓰지 못함;
           2 잘못된 사용법이나 입력; 130 중단됨(Ctrl+C), 143 종료됨(SIGTERM),
           129 연결 끊김(SIGHUP): 실행은 취소되고 보고서는 그래도 기록.
</translation>
    </message>
    <message>
        <source>Runs WORKLOAD headless and prints a summary: wall time, tasks/s, each worker&apos;s busy
share and the results checked against the workload&apos;s expected values.</source>
        <translation>WORKLOAD를 창 없이 실행하고 요약을 출력합니다: 경과 시간, 초당 작업 수, 워커별 사용 비율,
워크로드의 기댓값과 대조한 결과.</translation>
    </message>
    <message>
        <source>A shipped workload id or name, or a JSON file.</source>
        <translation>기본 제공 워크로드의 id나 이름, 또는 JSON 파일.</translation>
    </message>
    <message>
        <source>serial, threads, processes or mpi (MPI ranks through Open MPI&apos;s mpirun; default processes).</source>
        <translation>serial, threads, processes, mpi(Open MPI의 mpirun을 통한 MPI 랭크) 중 하나(기본값 processes).</translation>
    </message>
    <message>
        <source>Number of workers (default: the machine&apos;s logical cores).</source>
        <translation>워커 수(기본값: 이 컴퓨터의 논리 코어 수).</translation>
    </message>
    <message>
        <source>Threads mode: emulate Python&apos;s GIL.</source>
        <translation>스레드 모드: 파이썬의 GIL을 에뮬레이션합니다.</translation>
    </message>
    <message>
        <source>Run a lesson&apos;s workload with its options (see &apos;corescope lessons&apos;); other options given override them.</source>
        <translation>레슨의 워크로드를 그 옵션으로 실행합니다(&apos;corescope lessons&apos; 참고). 따로 준 옵션이 우선합니다.</translation>
    </message>
    <message>
        <source>Write the run as a JSON report.</source>
        <translation>실행을 JSON 보고서로 저장합니다.</translation>
    </message>
    <message>
        <source>Write one CSV row per task.</source>
        <translation>작업마다 CSV 한 행을 씁니다.</translation>
    </message>
    <message>
        <source>Write a Chrome Trace Event file (opens in ui.perfetto.dev).</source>
        <translation>Chrome Trace Event 파일을 씁니다(ui.perfetto.dev에서 열림).</translation>
    </message>
    <message>
        <source>Draw the task timeline to a .png, .svg or .pdf file (no display needed).</source>
        <translation>작업 타임라인을 .png, .svg, .pdf 파일로 그립니다(화면 없이 가능).</translation>
    </message>
    <message>
        <source>Draw the per-core utilization to a .png, .svg or .pdf file.</source>
        <translation>코어별 사용률을 .png, .svg, .pdf 파일로 그립니다.</translation>
    </message>
    <message>
        <source>Print the Python program that does what these options do (for the Python runtime, the calls it makes) and exit without running.</source>
        <translation>이 옵션과 같은 일을 하는 파이썬 프로그램(파이썬 런타임이면 그 런타임이 하는 호출)을 출력하고 실행 없이 끝냅니다.</translation>
    </message>
    <message>
        <source>Comma-separated: serial, threads, threads+gil, processes, each with an optional py: or native: runtime (py:threads,native:threads) (default: all four).</source>
        <translation>쉼표로 구분: serial, threads, threads+gil, processes. 각각 앞에 런타임 py: 또는 native:를 붙일 수 있습니다(py:threads,native:threads)(기본값: 넷 모두).</translation>
    </message>
    <message>
        <source>Worker counts: a range 1-8, a list 1,2,4,8, or both (default 1 to 2 x cores).</source>
        <translation>워커 수: 범위 1-8, 목록 1,2,4,8, 또는 둘 다(기본값 1부터 코어 수의 2배까지).</translation>
    </message>
    <message>
        <source>Runs per point; the median is plotted (default 3).</source>
        <translation>지점마다 실행 횟수. 차트에는 중앙값을 그립니다(기본값 3).</translation>
    </message>
    <message>
        <source>Skip the discarded warm-up run.</source>
        <translation>버리는 워밍업 실행을 건너뜁니다.</translation>
    </message>
    <message>
        <source>Write the sweep as a JSON report.</source>
        <translation>스윕을 JSON 보고서로 저장합니다.</translation>
    </message>
    <message>
        <source>Write one CSV row per point (hyperfine&apos;s shape).</source>
        <translation>지점마다 CSV 한 행을 씁니다(hyperfine 형식).</translation>
    </message>
    <message>
        <source>Draw the speedup chart to a .png, .svg or .pdf file (no display needed).</source>
        <translation>속도 향상 차트를 .png, .svg, .pdf 파일로 그립니다(화면 없이 가능).</translation>
    </message>
    <message>
        <source>Draw the efficiency chart to a .png, .svg or .pdf file.</source>
        <translation>효율 차트를 .png, .svg, .pdf 파일로 그립니다.</translation>
    </message>
    <message>
        <source>Size of the chart files: WIDTHxHEIGHT in pixels, exactly what a PNG gets (points for SVG and PDF) (default 1280x720; 1920x1080 is Full HD).</source>
        <translation>차트 파일의 크기: 픽셀 단위 WIDTHxHEIGHT, PNG가 정확히 이 크기가 됩니다(SVG와 PDF는 포인트) (기본값 1280x720, 1920x1080은 Full HD).</translation>
    </message>
    <message>
        <source>A PNG&apos;s pixels per chart pixel, 1 to 4: 2 draws the same chart with twice the pixels, for high-DPI projectors (default 1).</source>
        <translation>차트 픽셀당 PNG 픽셀 수, 1에서 4: 2는 같은 차트를 두 배의 픽셀로 그립니다. 고해상도 프로젝터용 (기본값 1).</translation>
    </message>
    <message>
        <source>Runs WORKLOAD over modes and worker counts, with repeats and one warm-up run, and prints
speedup (against the serial run), efficiency, the Karp-Flatt serial fraction per point
and an Amdahl fit per mode with predicted speedups at 8, 16 and 64 cores, each with its
95% interval. Warns about points whose median run is under 200 ms (marked *) and about
fits of fewer than 3 points (more than one worker) or more than 10% off their curve.</source>
        <translation>WORKLOAD를 여러 모드와 워커 수로, 반복과 한 번의 예열 실행을 더해 실행하고,
점마다 (직렬 실행 대비) 속도 향상, 효율, Karp-Flatt 직렬 비율을, 모드마다
8, 16, 64 코어에서의 예측 속도 향상과 그 95% 구간을 담은 암달 적합을 출력합니다.
실행 중앙값이 200 ms 미만인 점(* 표시)과, 점이 3개 미만(워커 둘 이상)이거나
곡선에서 10% 넘게 벗어난 적합에는 경고합니다.</translation>
    </message>
    <message>
        <source>The work per task, multiplied: 0.1 to 100 (default 1). Waiting and spinning tasks last X times as long; compute kernels run round(X) times (at least once) on the same input; results never change.</source>
        <translation>작업당 일에 곱하는 수: 0.1에서 100 (기본값 1). 기다리거나 도는 작업은 X배 오래 걸리고, 계산 커널은 같은 입력으로 round(X)번(최소 한 번) 실행됩니다. 결과는 바뀌지 않습니다.</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Lessons</name>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2초</translation>
    </message>
    <message>
        <source>Runs on: %1 (a real Python interpreter)</source>
        <translation>실행 환경: %1 (실제 파이썬 인터프리터)</translation>
    </message>
    <message>
        <source>Runs on: %1 (native C++ kernels)</source>
        <translation>실행 환경: %1 (네이티브 C++ 커널)</translation>
    </message>
    <message>
        <source>Look for: %1</source>
        <translation>눈여겨볼 것: %1</translation>
    </message>
    <message>
        <source>Then try: %1</source>
        <translation>다음에 해 볼 것: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>The tutorial printed (its author&apos;s machine): %1</source>
        <translation>튜토리얼에 나온 값 (저자의 컴퓨터): %1</translation>
    </message>
    <message>
        <source>Run it: %1   (or: corescope run --lesson %2)</source>
        <translation>실행: %1   (또는: corescope run --lesson %2)</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>레슨: %1</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Summary</name>
    <message>
        <source>wrote %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>[%1] %2/%3 tasks  %4  %5 tasks/s  ETA %6   </source>
        <translation>[%1] 작업 %2/%3  %4  초당 %5개  남은 시간 %6   </translation>
    </message>
    <message>
        <source>why:</source>
        <translation>이유:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>%1: %2, %3 tasks
</source>
        <translation>%1: %2, 작업 %3개
</translation>
    </message>
    <message>
        <source> (C++ kernels)</source>
        <translation> (C++ 커널)</translation>
    </message>
    <message>
        <source>, %1 workers, %2, results %3, chunksize %4</source>
        <translation>, 워커 %1개, %2, 결과: %3, chunksize %4</translation>
    </message>
    <message>
        <source>, start method %1</source>
        <translation>, 시작 방식 %1</translation>
    </message>
    <message>
        <source>, GIL switch interval %1 ms</source>
        <translation>, GIL 전환 간격 %1 ms</translation>
    </message>
    <message>
        <source>; %1 (Python %2)</source>
        <translation>; %1 (Python %2)</translation>
    </message>
    <message>
        <source>status %1   wall %2   %3/%4 tasks   %5 tasks/s
</source>
        <translation>상태 %1   경과 %2   작업 %3/%4   초당 %5개
</translation>
    </message>
    <message>
        <source>   start-up %1</source>
        <translation>   시작 %1</translation>
    </message>
    <message>
        <source>   rank %1 on %2</source>
        <translation>   %2의 랭크 %1</translation>
    </message>
    <message>
        <source>, clock %1%2 ± %3</source>
        <translation>, 시계 %1%2 ± %3</translation>
    </message>
    <message>
        <source>Python %1 (%2), %3, chunksize %4</source>
        <translation>Python %1 (%2), %3, chunksize %4</translation>
    </message>
    <message>
        <source>shared counter: the finished tasks added %1, the caller sees %2</source>
        <translation>공유 카운터: 끝난 작업들이 %1을(를) 더했고, 호출한 쪽에는 %2로 보입니다</translation>
    </message>
    <message>
        <source> (every update arrived)
</source>
        <translation> (모든 갱신이 도착함)
</translation>
    </message>
    <message>
        <source> (the workers added to their own copies)
</source>
        <translation> (워커들이 각자의 사본에 더함)
</translation>
    </message>
    <message>
        <source> (%1 updates lost)
</source>
        <translation> (갱신 %1개 손실)
</translation>
    </message>
    <message>
        <source>results: %1/%2 checked against expected, all match
</source>
        <translation>결과: %1/%2개를 기댓값과 대조, 모두 일치
</translation>
    </message>
    <message>
        <source>results: %1 of %2 differ from expected
</source>
        <translation>결과: %2개 중 %1개가 기댓값과 다름
</translation>
    </message>
    <message>
        <source>results: %1 (the workload has no expected values)
</source>
        <translation>결과: %1개 (워크로드에 기댓값이 없음)
</translation>
    </message>
    <message>
        <source>, %1 work per task</source>
        <translation>, 작업당 일 %1</translation>
    </message>
    <message>
        <source>, %1 work per task (%2 asked)</source>
        <translation>, 작업당 일 %1 (요청 %2)</translation>
    </message>
    <message>
        <source>Python %1 (%2), a plain loop in the main thread
</source>
        <translation>Python %1 (%2), 메인 스레드의 단순 반복문
</translation>
    </message>
    <message>
        <source>results: none finished, none checked
</source>
        <translation>결과: 끝난 작업이 없어 확인한 것도 없음
</translation>
    </message>
    <message>
        <source>%1: %2, %3 task
</source>
        <translation>%1: %2, 작업 %3개
</translation>
    </message>
    <message>
        <source>, %1 worker, %2, results %3, chunksize %4</source>
        <translation>, 워커 %1개, %2, 결과: %3, chunksize %4</translation>
    </message>
    <message>
        <source>GIL: tasks waited for the GIL %1% of their time</source>
        <translation>GIL: 작업이 시간의 %1%를 GIL을 기다렸습니다</translation>
    </message>
    <message>
        <source>off-CPU: tasks were off the CPU %1% of their time (waiting for the OS; each process has its own GIL)</source>
        <translation>CPU 밖: 작업이 시간의 %1%를 CPU 밖에 있었습니다(OS를 기다림. 프로세스마다 자기 GIL이 있음)</translation>
    </message>
    <message>
        <source>off-CPU: tasks waited (GIL or OS) %1% of their time</source>
        <translation>CPU 밖: 작업이 시간의 %1%를 기다렸습니다(GIL 또는 OS)</translation>
    </message>
    <message>
        <source> (measured on %1 of the %2 finished tasks)</source>
        <translation> (끝난 작업 %2개 중 %1개에서 측정)</translation>
    </message>
    <message>
        <source>off-CPU: tasks were off the CPU %1% of their time (mostly waiting for the OS: one thread ran them all)</source>
        <translation>CPU 밖: 작업이 시간의 %1%를 CPU 밖에 있었습니다(대부분 OS를 기다림: 스레드 하나가 모두 실행함)</translation>
    </message>
    <message>
        <source>results: %1 (the workload has no expected values), %2 of them not kept: Corescope keeps an int from 0 to 2^64-1, a bool, None or a list of ints
</source>
        <translation>결과: %1 (작업 부하에 기대값이 없음), 그중 %2개는 보관 안 됨: Corescope는 0부터 2^64-1까지의 int, bool, None, int 목록만 보관합니다
</translation>
    </message>
    <message>
        <source>  worker %1 pid %2 %3 done   in tasks %4%</source>
        <translation>  워커 %1 pid %2 완료 %3   작업 중 %4%</translation>
    </message>
</context>
<context>
    <name>corescope::cli::Sweep</name>
    <message>
        <source>series</source>
        <translation>계열</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>min</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>효율</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>%1 beyond one host&apos;s %2 cores, Amdahl fit up to %2 (serial fraction %3):</source>
        <translation>%1, 한 호스트의 코어 %2개 너머: %2까지의 암달 적합(직렬 비율 %3):</translation>
    </message>
    <message>
        <source>%1: sweep over %2; workers %3; %4 repeats
</source>
        <translation>%1: %2에 대한 스윕, 워커 %3, 반복 %4회
</translation>
    </message>
    <message>
        <source>[run %1/%2] %3</source>
        <translation>[실행 %1/%2] %3</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: serial fraction %2 from 1 point; no prediction (one point leaves its uncertainty unknown)</source>
        <translation>암달 적합, %1: 점 1개에서 얻은 직렬 비율 %2. 예측 없음 (점 하나로는 불확실성을 알 수 없음)</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: serial fraction %2 (95% interval %3-%4) from %5 points, %6% off the curve; predicted speedup %7 at 8 cores, %8 at 16, %9 at 64 (predictions with their 95% intervals, not measurements)</source>
        <translation>암달 적합, %1: 점 %5개에서 얻은 직렬 비율 %2 (95% 구간 %3-%4), 곡선에서 %6% 벗어남. 예측 속도 향상: 8 코어 %7, 16 코어 %8, 64 코어 %9 (95% 구간을 붙인 예측이며 측정이 아님)</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: only 1 point with more than one worker (within the cores); %2 or more are needed before its predictions mean much</source>
        <translation>경고: 암달 적합, %1: 워커가 둘 이상인 점이 (코어 수 이내에서) 1개뿐입니다. 예측이 의미를 가지려면 %2개 이상이 필요합니다</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: only %2 points with more than one worker (within the cores); %3 or more are needed before its predictions mean much</source>
        <translation>경고: 암달 적합, %1: 워커가 둘 이상인 점이 (코어 수 이내에서) %2개뿐입니다. 예측이 의미를 가지려면 %3개 이상이 필요합니다</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: a poor fit, the measured speedups are %2% off its curve on average (more than %3%): the workload does not follow Amdahl&apos;s law here; do not trust its predictions</source>
        <translation>경고: 암달 적합, %1: 잘 맞지 않습니다. 측정한 속도 향상이 곡선에서 평균 %2% 벗어납니다(%3% 초과). 이 워크로드는 여기서 암달의 법칙을 따르지 않으니 예측을 믿지 마세요</translation>
    </message>
    <message>
        <source> predicted %1 at %2, measured %3x;</source>
        <translation> %2에서 예측 %1, 측정 %3x;</translation>
    </message>
    <message>
        <source>warning: %1: a fit of one point has no uncertainty; the predictions above are not reliable</source>
        <translation>경고: %1: 점 하나의 적합에는 불확실성이 없습니다. 위의 예측은 믿을 수 없습니다</translation>
    </message>
    <message>
        <source>warning: 1 point (marked *) ran under %1 ms (median): start-up and timer noise weigh on it (efficiency above 100 % is noise); give the workload more or bigger tasks so that a run takes at least %1 ms</source>
        <translation>경고: 점 1개(* 표시)가 %1 ms 미만(중앙값)으로 실행되었습니다: 시작 비용과 타이머 잡음이 크게 작용합니다(100 %를 넘는 효율은 잡음). 실행이 최소 %1 ms 걸리도록 워크로드에 작업을 더 많이 또는 더 크게 주세요</translation>
    </message>
    <message>
        <source>warning: %1 points (marked *) ran under %2 ms (median): start-up and timer noise weigh on them (efficiency above 100 % is noise); give the workload more or bigger tasks so that a run takes at least %2 ms</source>
        <translation>경고: 점 %1개(* 표시)가 %2 ms 미만(중앙값)으로 실행되었습니다: 시작 비용과 타이머 잡음이 크게 작용합니다(100 %를 넘는 효율은 잡음). 실행이 최소 %2 ms 걸리도록 워크로드에 작업을 더 많이 또는 더 크게 주세요</translation>
    </message>
    <message>
        <source>%1: sweep over %2; workers %3; %4 repeat
</source>
        <translation>%1: %2에 대한 스윕, 워커 %3, 반복 %4회
</translation>
    </message>
    <message>
        <source>Python runs: Python %1 (%2)</source>
        <translation>파이썬 실행: Python %1 (%2)</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: on %2 cores only 1 point with more than one worker fits within them, and a fit of one point predicts nothing; sweep on a machine of %3 or more cores for predictions</source>
        <translation>경고: 암달 적합, %1: 코어 %2개 안에는 워커가 둘 이상인 점이 1개만 들어가고, 점 하나로 한 적합은 아무것도 예측하지 못합니다. 예측을 보려면 코어가 %3개 이상인 머신에서 스윕하세요</translation>
    </message>
    <message>
        <source>warning: Amdahl fit, %1: on %2 cores only %3 points with more than one worker fit within them; its predictions need %4 or more (a machine of %5 or more cores)</source>
        <translation>경고: 암달 적합, %1: 코어 %2개 안에는 워커가 둘 이상인 점이 %3개만 들어갑니다. 예측에는 %4개 이상이 필요합니다(코어 %5개 이상인 머신)</translation>
    </message>
    <message>
        <source>note: a Karp-Flatt value above 1 is a point slower than the serial run (speedup below 1): overhead, not a serial fraction of the work</source>
        <translation>참고: Karp-Flatt 값이 1보다 크면 직렬 실행보다 느린 점(속도 향상 1 미만)입니다. 작업의 직렬 비율이 아니라 오버헤드입니다</translation>
    </message>
    <message>
        <source>corescope: note: --workers does nothing for a sweep of serial runs only (one worker each), and is not used
</source>
        <translation>corescope: 참고: --workers는 순차 실행만의 스윕에서 아무 일도 하지 않아(각각 워커 하나) 쓰이지 않습니다
</translation>
    </message>
</context>
<context>
    <name>corescope::cli::ValueName</name>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>ordering</translation>
    </message>
    <message>
        <source>host:slots,...</source>
        <translation>host:slots,...</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>WORKLOAD</source>
        <translation>WORKLOAD</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>counts</translation>
    </message>
    <message>
        <source>[WORKLOAD]</source>
        <translation>[WORKLOAD]</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
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
        <translation>이름</translation>
    </message>
    <message>
        <source>KERNEL</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>TASKS</source>
        <translation>작업 수</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ApiControls</name>
    <message>
        <source>chunksize 1 by default (ThreadPoolExecutor.map ignores it)</source>
        <translation>기본 chunksize 1 (ThreadPoolExecutor.map은 무시함)</translation>
    </message>
    <message>
        <source>one submit() per task: Python sends no chunks</source>
        <translation>작업마다 submit() 한 번: 파이썬은 청크를 보내지 않음</translation>
    </message>
    <message>
        <source>chunksize ceil(tasks / (4 × workers)) by default</source>
        <translation>기본 chunksize ceil(작업 수 / (4 × 워커 수))</translation>
    </message>
    <message>
        <source>chunksize 1 by default</source>
        <translation>기본 chunksize 1</translation>
    </message>
    <message>
        <source>%1: results %2; %3</source>
        <translation>%1: 결과 %2; %3</translation>
    </message>
    <message>
        <source>Tasks sent to a worker at once; at its lowest, the API&apos;s own default (Pool.map: ceil(tasks / (4 × workers)), the others 1). Raise it when tasks are tiny and dispatch overhead dominates</source>
        <translation>워커에 한 번에 보내는 작업 수. 가장 낮은 값은 API 자신의 기본값 (Pool.map: ceil(작업 수 / (4 × 워커 수)), 나머지는 1). 작업이 아주 작아서 분배 비용이 크면 늘리세요</translation>
    </message>
    <message>
        <source>The Python API the tasks go through, in both runtimes: it decides when results are handed back and the default chunksize, as in Python</source>
        <translation>작업이 거쳐 가는 파이썬 API (두 런타임 모두): 파이썬에서처럼 결과를 언제 돌려줄지와 기본 chunksize를 정합니다</translation>
    </message>
    <message>
        <source>default (%1&apos;s: %2)</source>
        <translation>기본 %2 (%1)</translation>
    </message>
    <message>
        <source>mpi4py&apos;s MPIPoolExecutor has map and submit, not multiprocessing.Pool&apos;s methods</source>
        <translation>mpi4py의 MPIPoolExecutor에는 map과 submit이 있고, multiprocessing.Pool의 메서드는 없습니다</translation>
    </message>
</context>
<context>
    <name>corescope::gui::CompareWindow</name>
    <message>
        <source>Compare — Corescope</source>
        <translation>비교 — Corescope</translation>
    </message>
    <message>
        <source>solid lines, filled markers</source>
        <translation>실선, 채운 표식</translation>
    </message>
    <message>
        <source>dashed lines, hollow markers</source>
        <translation>점선, 빈 표식</translation>
    </message>
    <message>
        <source>On the sweep charts: %1</source>
        <translation>스윕 차트에서: %1</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>아직 파일 없음</translation>
    </message>
    <message>
        <source>Open %1…</source>
        <translation>%1 열기…</translation>
    </message>
    <message>
        <source>A saved run or sweep (File &gt; Save in the main window)</source>
        <translation>저장한 실행이나 스윕 (메인 창의 파일 &gt; 저장)</translation>
    </message>
    <message>
        <source>Open two saved runs or two saved sweeps to compare them.</source>
        <translation>저장한 실행 두 개나 스윕 두 개를 열어 비교하세요.</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>차트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write one of these charts as PNG, SVG or PDF</source>
        <translation>이 차트 중 하나를 PNG, SVG, PDF로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>unnamed machine</source>
        <translation>이름 없는 컴퓨터</translation>
    </message>
    <message>
        <source>A is a %1 and B a %2: compare two runs or two sweeps.</source>
        <translation>A는 %1이고 B는 %2입니다: 실행은 실행끼리, 스윕은 스윕끼리 비교하세요.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <source>Open a second file to compare with.</source>
        <translation>비교할 두 번째 파일을 여세요.</translation>
    </message>
    <message>
        <source>%1 · A solid, B dashed</source>
        <translation>%1 · A 실선, B 점선</translation>
    </message>
    <message>
        <source>Speedup — compared</source>
        <translation>속도 향상 — 비교</translation>
    </message>
    <message>
        <source>Efficiency — compared</source>
        <translation>효율 — 비교</translation>
    </message>
    <message>
        <source>%1: task timeline</source>
        <translation>%1: 작업 타임라인</translation>
    </message>
    <message>
        <source>Open a Saved Run or Sweep</source>
        <translation>저장한 실행이나 스윕 열기</translation>
    </message>
    <message>
        <source>Corescope reports (*.json);;All files (*)</source>
        <translation>Corescope 보고서 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>효율</translation>
    </message>
    <message>
        <source>Timeline A</source>
        <translation>타임라인 A</translation>
    </message>
    <message>
        <source>Timeline B</source>
        <translation>타임라인 B</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1을(를) %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>%1을(를) 내보낼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · wall time %4</source>
        <translation>%1 · %2 · %3 · 전체 시간 %4</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ControlPanel</name>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>The interpreter&apos;s own default (fork on Linux before Python 3.14, forkserver since)</source>
        <translation>인터프리터의 기본값 (Linux에서 Python 3.14 전에는 fork, 그 뒤로는 forkserver)</translation>
    </message>
    <message>
        <source>fork: each worker is a copy of the parent, ready at once</source>
        <translation>fork: 워커마다 부모의 복사본, 바로 준비됨</translation>
    </message>
    <message>
        <source>spawn: each worker is a fresh interpreter that imports the module again: the slowest start, the one macOS and Windows use</source>
        <translation>spawn: 워커마다 모듈을 다시 import하는 새 인터프리터. 가장 느린 시작이며, macOS와 Windows가 쓰는 방식</translation>
    </message>
    <message>
        <source>forkserver: a clean server process forks the workers</source>
        <translation>forkserver: 깨끗한 서버 프로세스가 워커를 fork함</translation>
    </message>
    <message>
        <source>How to run</source>
        <translation>실행 방법</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>모드(&amp;M):</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>런타임(&amp;U):</translation>
    </message>
    <message>
        <source>How many threads or processes run tasks at once (1 to 4 x the cores of this machine: try more workers than cores, too)</source>
        <translation>동시에 작업을 실행하는 스레드나 프로세스 수 (이 컴퓨터 코어 수의 1~4배: 코어보다 많은 워커도 해 보세요)</translation>
    </message>
    <message>
        <source>Logical cores this machine has: more workers than this only take turns</source>
        <translation>이 컴퓨터의 논리 코어 수: 이보다 많은 워커는 번갈아 실행될 뿐입니다</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>워커(&amp;W):</translation>
    </message>
    <message>
        <source>Emulated &amp;GIL</source>
        <translation>GIL 에뮬레이션(&amp;G)</translation>
    </message>
    <message>
        <source>Native threads: Corescope&apos;s emulation of CPython&apos;s GIL. Tasks hold one global lock while they compute and hand it over every switch interval, so CPU-bound work stops scaling; waiting tasks release it. The Python runtime has the real one.</source>
        <translation>네이티브 스레드: Corescope가 에뮬레이션한 CPython의 GIL. 작업은 계산하는 동안 전역 잠금 하나를 쥐고 전환 간격마다 넘겨주므로, CPU 작업은 더 빨라지지 않고 기다리는 작업은 잠금을 놓습니다. 파이썬 런타임에는 진짜 GIL이 있습니다.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>GIL switch interval: a thread that computes hands the GIL to a waiting one after this long (CPython&apos;s sys.getswitchinterval(), 5 ms by default). Threads mode with the GIL on.</source>
        <translation>GIL 전환 간격: 계산하는 스레드는 이만큼 지나면 기다리는 스레드에 GIL을 넘깁니다 (CPython의 sys.getswitchinterval(), 기본 5 ms). GIL을 켠 스레드 모드.</translation>
    </message>
    <message>
        <source>sw&amp;itch every</source>
        <translation>전환 간격(&amp;I)</translation>
    </message>
    <message>
        <source>Python&apos;s real GIL</source>
        <translation>파이썬의 진짜 GIL</translation>
    </message>
    <message>
        <source>Python threads run under CPython&apos;s real GIL: one thread runs Python code at a time and hands the GIL over every switch interval, so there is nothing to emulate</source>
        <translation>파이썬 스레드는 CPython의 진짜 GIL 아래에서 실행됩니다. 한 번에 한 스레드만 파이썬 코드를 실행하고 전환 간격마다 GIL을 넘기므로, 에뮬레이션할 것이 없습니다</translation>
    </message>
    <message>
        <source>New &amp;process per task</source>
        <translation>작업마다 새 프로세스(&amp;P)</translation>
    </message>
    <message>
        <source>Processes mode: start a fresh worker process for every chunk and let it exit afterwards (one Process per input, as the English notebook does) instead of reusing a pool: the timeline shows what creating processes costs</source>
        <translation>프로세스 모드: 풀을 재사용하지 않고 청크마다 새 워커 프로세스를 시작하고 끝나면 종료합니다 (영어 노트북처럼 입력마다 Process 하나). 타임라인에 프로세스를 만드는 비용이 보입니다</translation>
    </message>
    <message>
        <source>&amp;Chunksize:</source>
        <translation>Chunksize(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A):</translation>
    </message>
    <message>
        <source>Python processes: how multiprocessing starts the pool&apos;s workers (the timeline shows what each costs)</source>
        <translation>파이썬 프로세스: multiprocessing이 풀의 워커를 시작하는 방식 (타임라인에 각각의 비용이 보입니다)</translation>
    </message>
    <message>
        <source>&amp;Start method:</source>
        <translation>시작 방식(&amp;S):</translation>
    </message>
    <message>
        <source>fail the run</source>
        <translation>실행 실패로 처리</translation>
    </message>
    <message>
        <source>The run ends with the task, its input and the cause named, as ProcessPoolExecutor raises BrokenProcessPool; results so far are kept</source>
        <translation>ProcessPoolExecutor가 BrokenProcessPool을 일으키듯, 작업과 입력과 원인을 알려 주며 실행이 끝납니다. 그때까지의 결과는 남습니다</translation>
    </message>
    <message>
        <source>respawn, retry once</source>
        <translation>다시 시작하고 한 번 재시도</translation>
    </message>
    <message>
        <source>Corescope&apos;s own tool, not Python&apos;s: start a new worker and run its unfinished tasks again; a task that kills two workers fails the run. (multiprocessing.Pool replaces a dead worker too, but never returns its task.)</source>
        <translation>파이썬이 아니라 Corescope의 도구: 새 워커를 시작하고 끝나지 않은 작업을 다시 실행합니다. 워커를 두 번 죽인 작업은 실행을 실패시킵니다. (multiprocessing.Pool도 죽은 워커를 바꾸지만 그 작업은 돌려주지 않습니다.)</translation>
    </message>
    <message>
        <source>Native processes: what Corescope does when a worker process dies (crash, signal, kill -9, a broken pipe) or times out</source>
        <translation>네이티브 프로세스: 워커 프로세스가 죽거나(충돌, 시그널, kill -9, 끊긴 파이프) 시간을 넘겼을 때 Corescope가 할 일</translation>
    </message>
    <message>
        <source>If a worker &amp;dies:</source>
        <translation>워커가 죽으면(&amp;D):</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Corescope&apos;s own tool (Python&apos;s pools have none): kill a worker whose task runs longer than this (a hung task), then fail or respawn as chosen above; 0 = off</source>
        <translation>Corescope의 도구 (파이썬의 풀에는 없음): 작업이 이보다 오래 걸리는 워커(멈춘 작업)를 죽이고, 위에서 고른 대로 실패 처리하거나 다시 시작합니다. 0 = 끔</translation>
    </message>
    <message>
        <source>&amp;Task timeout:</source>
        <translation>작업 제한 시간(&amp;T):</translation>
    </message>
    <message>
        <source>1 core on this machine</source>
        <translation>이 컴퓨터의 코어 1개</translation>
    </message>
    <message>
        <source>%1 cores on this machine</source>
        <translation>이 컴퓨터의 코어 %1개</translation>
    </message>
    <message>
        <source>Corescope&apos;s own tool (Python&apos;s pools have none): end the run when a task runs longer than this (the interpreter and every process it started are killed); 0 = off</source>
        <translation>Corescope의 도구 (파이썬의 풀에는 없음): 작업이 이보다 오래 걸리면 실행을 끝냅니다 (인터프리터와 그것이 시작한 모든 프로세스를 죽임). 0 = 끔</translation>
    </message>
    <message>
        <source>this machine (or node1:4,node2:4)</source>
        <translation>이 컴퓨터 (또는 node1:4,node2:4)</translation>
    </message>
    <message>
        <source>MPI ranks: the hosts and how many ranks each takes, as mpirun&apos;s --host (host:slots, separated by commas); empty: this machine. Every host needs the same Corescope at the same path and ssh without a password.</source>
        <translation>MPI 랭크: 호스트와 각 호스트가 맡을 랭크 수를 mpirun의 --host처럼 적습니다(호스트:슬롯, 쉼표로 구분). 비워 두면 이 컴퓨터입니다. 모든 호스트에 같은 경로의 같은 Corescope와 비밀번호 없는 ssh가 필요합니다.</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>Work per tas&amp;k:</source>
        <translation>작업당 일(&amp;K):</translation>
    </message>
    <message>
        <source>The work of every task, multiplied (x0.1 to x100): waiting and spinning tasks last that many times as long, computing tasks run that many times (at least once) on the same input. Results do not change. Make a lesson slow enough to narrate.</source>
        <translation>모든 작업의 일을 곱합니다(x0.1에서 x100): 기다리거나 도는 작업은 그 배수만큼 오래 걸리고, 계산 작업은 같은 입력으로 그 횟수만큼(최소 한 번) 실행됩니다. 결과는 바뀌지 않습니다. 설명할 수 있을 만큼 수업을 느리게 만드세요.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::DiagnosisPanel</name>
    <message>
        <source>Why this run took as long as it did, worked out from its trace; every statement comes with the number behind it</source>
        <translation>이 실행이 왜 그만큼 걸렸는지 트레이스에서 계산한 설명입니다. 모든 문장에 근거가 되는 숫자가 붙어 있습니다</translation>
    </message>
    <message>
        <source>Fold the diagnosis</source>
        <translation>진단 접기</translation>
    </message>
    <message>
        <source>Why this speedup?</source>
        <translation>왜 이만큼 빨라졌을까?</translation>
    </message>
    <message>
        <source>Run the serial baseline</source>
        <translation>직렬 기준선 실행</translation>
    </message>
    <message>
        <source>Run this workload serially once: the speedup of every other run is measured against it</source>
        <translation>이 워크로드를 한 번 직렬로 실행합니다. 다른 모든 실행의 속도 향상은 이것과 비교해 잽니다</translation>
    </message>
    <message>
        <source>The run failed, so it has no speedup; what its trace shows up to then:</source>
        <translation>실행이 실패해서 속도 향상은 없습니다. 그때까지 트레이스가 보여 주는 것:</translation>
    </message>
    <message>
        <source>The run was cancelled, so it has no speedup; what its trace shows up to then:</source>
        <translation>실행이 취소되어 속도 향상은 없습니다. 그때까지 트레이스가 보여 주는 것:</translation>
    </message>
    <message>
        <source>This was the serial baseline: one task after another in %1. Every run of this workload on threads or processes is measured against it.</source>
        <translation>이것은 직렬 기준선이었습니다: 작업을 하나씩 차례로 실행해 %1 걸렸습니다. 이 워크로드를 스레드나 프로세스로 실행하면 모두 이것과 비교합니다.</translation>
    </message>
    <message>
        <source>, against the serial run of %1</source>
        <translation>, 직렬 실행 %1 대비</translation>
    </message>
    <message>
        <source>No serial run of this workload yet, so no speedup to explain.</source>
        <translation>이 워크로드의 직렬 실행이 아직 없어서 설명할 속도 향상이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing else stands out in the trace: no GIL waits, start-up, dispatch overhead, uneven tail, extra workers or memory stalls worth naming.</source>
        <translation>트레이스에서 그 밖에 눈에 띄는 것은 없습니다: GIL 대기, 시작 비용, 분배 비용, 고르지 않은 꼬리, 남는 워커, 메모리 지연 모두 짚을 만한 수준이 아닙니다.</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>The explanation appears here when the run ends.</source>
        <translation>실행이 끝나면 여기에 설명이 나옵니다.</translation>
    </message>
    <message>
        <source>Show the explanation</source>
        <translation>설명 보기</translation>
    </message>
    <message>
        <source>Fold the explanation to one line</source>
        <translation>설명을 한 줄로 접기</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>The run failed, so it has no speedup, and its trace up to then shows nothing more to explain.</source>
        <translation>실행이 실패해서 속도 향상은 없고, 그때까지의 기록에서도 더 설명할 것이 없습니다.</translation>
    </message>
    <message>
        <source>The run was cancelled, so it has no speedup, and its trace up to then shows nothing more to explain.</source>
        <translation>실행이 취소되어 속도 향상은 없고, 그때까지의 기록에서도 더 설명할 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Run data (tasks, workers, samples)</source>
        <translation>실행 데이터 (작업, 워커, 샘플)</translation>
    </message>
    <message>
        <source>A chart as it looks on screen, or the last run&apos;s data</source>
        <translation>화면에 보이는 그대로의 차트, 또는 마지막 실행의 데이터</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>내보낼 것(&amp;E):</translation>
    </message>
    <message>
        <source>PNG for slides, SVG for editing, PDF for reports; CSV for spreadsheets, the JSON report to reopen the run, a Chrome trace for ui.perfetto.dev</source>
        <translation>PNG는 슬라이드용, SVG는 편집용, PDF는 보고서용. CSV는 스프레드시트용, JSON 보고서는 실행을 다시 열기 위해, Chrome 트레이스는 ui.perfetto.dev용</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height of the exported chart</source>
        <translation>내보낼 차트의 높이</translation>
    </message>
    <message>
        <source>The file to write; an existing file is replaced</source>
        <translation>쓸 파일. 이미 있는 파일은 덮어씁니다</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>대화 상자에서 파일 고르기</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>파일(&amp;I):</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>파일 쓰기</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>내보내지 않고 닫기</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 그림</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>CSV, one row per task</source>
        <translation>CSV, 작업마다 한 행</translation>
    </message>
    <message>
        <source>JSON report (reopens the whole run)</source>
        <translation>JSON 보고서 (실행 전체를 다시 엶)</translation>
    </message>
    <message>
        <source>Chrome trace (ui.perfetto.dev)</source>
        <translation>Chrome 트레이스 (ui.perfetto.dev)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>%1 × %2 (16:9, HD slide)</source>
        <translation>%1 × %2 (16:9, HD 슬라이드)</translation>
    </message>
    <message>
        <source>%1 × %2 (16:9, Full HD)</source>
        <translation>%1 × %2 (16:9, Full HD)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Slide-shaped sizes first; Custom for any other</source>
        <translation>슬라이드 모양 크기가 먼저, 다른 크기는 사용자 지정</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>크기(&amp;Z):</translation>
    </message>
    <message>
        <source>Width of the exported chart: a PNG has exactly this many pixels (times the scale); SVG and PDF take it in points</source>
        <translation>내보낼 차트의 너비: PNG는 정확히 이만큼의 픽셀(배율을 곱해서)을 가지며, SVG와 PDF는 포인트로 받습니다</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>너비 × 높이(&amp;W):</translation>
    </message>
    <message>
        <source>1× (exactly the size above)</source>
        <translation>1× (위의 크기 그대로)</translation>
    </message>
    <message>
        <source>2× (twice the pixels, same layout: sharp on high-DPI projectors)</source>
        <translation>2× (픽셀 두 배, 같은 배치: 고해상도 프로젝터에서 선명)</translation>
    </message>
    <message>
        <source>3× (three times the pixels, same layout)</source>
        <translation>3× (픽셀 세 배, 같은 배치)</translation>
    </message>
    <message>
        <source>PNG only: more pixels for the same picture; SVG and PDF are sharp at any size</source>
        <translation>PNG만: 같은 그림에 더 많은 픽셀. SVG와 PDF는 어떤 크기에서도 선명합니다</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>배율(&amp;A):</translation>
    </message>
    <message>
        <source>As on screen (%1 × %2)</source>
        <translation>화면과 같게 (%1 × %2)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::FileController</name>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open workload file…</source>
        <translation>워크로드 파일 열기…</translation>
    </message>
    <message>
        <source>Open a workload JSON file (Ctrl+O); you can also drop one on the window</source>
        <translation>워크로드 JSON 파일을 엽니다 (Ctrl+O). 창에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Run…</source>
        <translation>실행 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the last run (or, on the Sweep tab, the last sweep) as a report that File &gt; Open shows again without re-running, on any machine (Ctrl+S)</source>
        <translation>마지막 실행(스윕 탭에서는 마지막 스윕)을 보고서로 저장합니다. 파일 &gt; 열기로 어느 컴퓨터에서든 다시 실행하지 않고 볼 수 있습니다 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>비교(&amp;M)…</translation>
    </message>
    <message>
        <source>Two saved runs or sweeps side by side: overlaid speedup curves, timelines one above the other (Ctrl+Shift+M)</source>
        <translation>저장한 실행이나 스윕 두 개를 나란히: 겹쳐 그린 속도 향상 곡선, 위아래로 놓은 타임라인 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the current chart or the run&apos;s data (Ctrl+E)</source>
        <translation>지금 차트나 실행 데이터를 내보냅니다 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>차트를 &amp;PNG로…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>차트를 &amp;SVG로…</translation>
    </message>
    <message>
        <source>Chart as P&amp;DF…</source>
        <translation>차트를 P&amp;DF로…</translation>
    </message>
    <message>
        <source>Write the chart you are looking at as %1</source>
        <translation>보고 있는 차트를 %1(으)로 저장합니다</translation>
    </message>
    <message>
        <source>Tasks as &amp;CSV…</source>
        <translation>작업을 &amp;CSV로…</translation>
    </message>
    <message>
        <source>One row per task of the last run: input, result, worker, times</source>
        <translation>마지막 실행의 작업마다 한 행: 입력, 결과, 워커, 시간</translation>
    </message>
    <message>
        <source>Run as &amp;JSON report…</source>
        <translation>실행을 &amp;JSON 보고서로…</translation>
    </message>
    <message>
        <source>The whole last run (workload, options, machine, tasks, samples) as one JSON document</source>
        <translation>마지막 실행 전체(워크로드, 옵션, 컴퓨터, 작업, 샘플)를 JSON 문서 하나로</translation>
    </message>
    <message>
        <source>Run as Chrome &amp;trace…</source>
        <translation>실행을 Chrome 트레이스로(&amp;T)…</translation>
    </message>
    <message>
        <source>A Chrome Trace Event file of the last run: open it in ui.perfetto.dev</source>
        <translation>마지막 실행의 Chrome Trace Event 파일: ui.perfetto.dev에서 여세요</translation>
    </message>
    <message>
        <source>&amp;Save Sweep…</source>
        <translation>스윕 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>No workload called “%1”: %2</source>
        <translation>“%1”이라는 워크로드가 없습니다: %2</translation>
    </message>
    <message>
        <source> “%1” stays loaded.</source>
        <translation> “%1”은(는) 그대로 열려 있습니다.</translation>
    </message>
    <message>
        <source>Could not open the workload “%1”.%2
%3</source>
        <translation>워크로드 “%1”을(를) 열 수 없습니다.%2
%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Workload</source>
        <translation>워크로드 열기</translation>
    </message>
    <message>
        <source>Workload files (*.json);;All files (*)</source>
        <translation>워크로드 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>최근에 연 파일을 잊습니다</translation>
    </message>
    <message>
        <source>there is no finished run or sweep to save yet</source>
        <translation>아직 저장할, 끝난 실행이나 스윕이 없습니다</translation>
    </message>
    <message>
        <source>Save the Sweep</source>
        <translation>스윕 저장</translation>
    </message>
    <message>
        <source>Save the Run</source>
        <translation>실행 저장</translation>
    </message>
    <message>
        <source>Corescope sweep report (*.json)</source>
        <translation>Corescope 스윕 보고서 (*.json)</translation>
    </message>
    <message>
        <source>Corescope run report (*.json)</source>
        <translation>Corescope 실행 보고서 (*.json)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saved the sweep to %1. File &gt; Open shows it again, on any machine, without re-running.</source>
        <translation>스윕을 %1에 저장했습니다. 파일 &gt; 열기로 어느 컴퓨터에서든 다시 실행하지 않고 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Saved the run to %1. File &gt; Open shows it again, on any machine, without re-running.</source>
        <translation>실행을 %1에 저장했습니다. 파일 &gt; 열기로 어느 컴퓨터에서든 다시 실행하지 않고 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not open the saved file “%1”.
%2</source>
        <translation>저장한 파일 “%1”을(를) 열 수 없습니다.
%2</translation>
    </message>
    <message>
        <source>A run is going: cancel it (Esc) before opening the saved run “%1”.</source>
        <translation>실행 중입니다. 저장한 실행 “%1”을(를) 열기 전에 취소하세요 (Esc).</translation>
    </message>
    <message>
        <source>A sweep is going: cancel it before opening “%1”.</source>
        <translation>스윕이 실행 중입니다. “%1”을(를) 열기 전에 취소하세요.</translation>
    </message>
    <message>
        <source>Showing the %1 (%2), opened without re-running.</source>
        <translation>%1 (%2)을(를) 보여 줍니다. 다시 실행하지 않고 열었습니다.</translation>
    </message>
    <message>
        <source>Showing a %1 (%2), opened without re-running.</source>
        <translation>%1 (%2)을(를) 보여 줍니다. 다시 실행하지 않고 열었습니다.</translation>
    </message>
    <message>
        <source>Compare Two Saved Runs or Sweeps</source>
        <translation>저장한 실행이나 스윕 두 개 비교</translation>
    </message>
    <message>
        <source>Corescope reports (*.json);;All files (*)</source>
        <translation>Corescope 보고서 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Per-core utilization</source>
        <translation>코어별 사용률</translation>
    </message>
    <message>
        <source>Task timeline</source>
        <translation>작업 타임라인</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>the chart is not available</source>
        <translation>차트를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>there is no finished run to export yet</source>
        <translation>아직 내보낼, 끝난 실행이 없습니다</translation>
    </message>
    <message>
        <source>%1 is a chart format, not a data format</source>
        <translation>%1은(는) 데이터 형식이 아니라 차트 형식입니다</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1을(를) %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>%1을(를) 내보낼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the run&apos;s data</source>
        <translation>실행 데이터</translation>
    </message>
    <message>
        <source>Export the Sweep&apos;s Speedup Chart</source>
        <translation>스윕의 속도 향상 차트 내보내기</translation>
    </message>
    <message>
        <source>the sweep&apos;s speedup chart</source>
        <translation>스윕의 속도 향상 차트</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>실행 내보내기</translation>
    </message>
    <message>
        <source>&amp;Export %1…</source>
        <translation>%1 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Its workload “%1” is not on this machine: the side panel keeps “%2”, the one loaded.</source>
        <translation>이 실행의 워크로드 “%1”이(가) 이 컴퓨터에 없습니다: 사이드 패널은 불러온 “%2”을(를) 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Its workload file no longer loads (%1): the side panel keeps “%2”.</source>
        <translation>이 실행의 워크로드 파일을 더 이상 읽을 수 없습니다(%1): 사이드 패널은 “%2”을(를) 그대로 둡니다.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::GuiMain</name>
    <message>
        <source>--screenshot: could not write &quot;%1&quot;</source>
        <translation>--screenshot: &quot;%1&quot;을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>See parallelism: run a workload serially, on threads or on processes and watch the cores, the per-worker timeline and the speedup.</source>
        <translation>병렬성을 눈으로 보세요: 워크로드를 직렬, 스레드, 프로세스로 실행하고 코어, 워커별 타임라인, 속도 향상을 지켜보세요.</translation>
    </message>
    <message>
        <source>A shipped workload id or name, or a workload JSON file (default: the last one used, else primes50).</source>
        <translation>함께 제공되는 워크로드의 id나 이름, 또는 워크로드 JSON 파일(기본: 마지막에 쓴 것, 없으면 primes50).</translation>
    </message>
    <message>
        <source>The language: en, ko or ru (default: View &gt; Language, else the system&apos;s).</source>
        <translation>언어: en, ko, ru(기본: 보기 &gt; 언어, 없으면 시스템 언어).</translation>
    </message>
    <message>
        <source>expected at most one workload, got %1: &quot;%2&quot;</source>
        <translation>워크로드는 하나까지인데 %1개입니다: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--race: races the lesson given with --lesson (and replaces --run)</source>
        <translation>--race: --lesson으로 준 레슨의 경주를 실행합니다(--run 대신)</translation>
    </message>
    <message>
        <source>--window-size: expected WIDTHxHEIGHT such as 1600x1000, got &quot;%1&quot;</source>
        <translation>--window-size: 1600x1000 같은 너비x높이여야 하는데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>--tab: expected live, speedup, results or sweep, got &quot;%1&quot;</source>
        <translation>--tab: live, speedup, results, sweep 중 하나여야 하는데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>could not load &quot;%1&quot;</source>
        <translation>&quot;%1&quot;을(를) 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>--lesson: no lesson &quot;%1&quot; (corescope lessons lists them)</source>
        <translation>--lesson: &quot;%1&quot; 레슨이 없습니다. 목록은 &apos;corescope lessons&apos;로 보세요</translation>
    </message>
    <message>
        <source>--race: the lesson has no race</source>
        <translation>--race: 이 레슨에는 경주가 없습니다</translation>
    </message>
    <message>
        <source>could not load &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 불러올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>corescope::gui::LessonGuide</name>
    <message>
        <source>&amp;Beyond the tutorials</source>
        <translation>튜토리얼 너머(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;%1  %2 (%3): %4</source>
        <translation>&amp;%1  %2 (%3): %4</translation>
    </message>
    <message>
        <source>&amp;Close the Lesson</source>
        <translation>레슨 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Hide the lesson&apos;s text; the workload and options stay</source>
        <translation>레슨 설명을 숨깁니다. 워크로드와 옵션은 그대로 둡니다</translation>
    </message>
</context>
<context>
    <name>corescope::gui::LessonPanel</name>
    <message>
        <source>Fold the lesson</source>
        <translation>레슨 접기</translation>
    </message>
    <message>
        <source>Run this lesson</source>
        <translation>이 레슨 실행</translation>
    </message>
    <message>
        <source>Run what the side panel shows: the lesson&apos;s workload and options, or what you changed since (the same as Run, Ctrl+R)</source>
        <translation>옆 패널에 보이는 대로 실행합니다: 레슨의 워크로드와 옵션, 또는 그 뒤에 바꾼 것 (실행과 같음, Ctrl+R)</translation>
    </message>
    <message>
        <source>Close the lesson (the workload and options stay)</source>
        <translation>레슨 닫기 (워크로드와 옵션은 그대로)</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>레슨 닫기</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>레슨: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to look for:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;눈여겨볼 것:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs on:&lt;/b&gt; %1, in a real Python interpreter</source>
        <translation>&lt;b&gt;실행 환경:&lt;/b&gt; %1, 실제 파이썬 인터프리터</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs on:&lt;/b&gt; %1, the native C++ kernels (Python would be slower per task)</source>
        <translation>&lt;b&gt;실행 환경:&lt;/b&gt; %1, 네이티브 C++ 커널 (파이썬이라면 작업마다 더 느림)</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2초</translation>
    </message>
    <message>
        <source>&lt;b&gt;Then try:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;다음에 해 볼 것:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#33691e&quot;&gt;From the teaching material: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#33691e&quot;&gt;교재 출처: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>
From the teaching material: %1</source>
        <translation>
교재 출처: %1</translation>
    </message>
    <message>
        <source>The lesson picked in the Lessons menu: it stays until you close it or pick another.%1</source>
        <translation>레슨 메뉴에서 고른 레슨입니다. 닫거나 다른 레슨을 고를 때까지 남아 있습니다.%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>1 core</source>
        <translation>코어 1개</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>코어 %1개</translation>
    </message>
    <message>
        <source>, Python %1</source>
        <translation>, 파이썬 %1</translation>
    </message>
    <message>
        <source>, start method %1</source>
        <translation>, 시작 방식 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tutorial printed&lt;/b&gt; (its author&apos;s machine): %1.</source>
        <translation>&lt;b&gt;튜토리얼에 나온 값&lt;/b&gt; (저자의 컴퓨터): %1.</translation>
    </message>
    <message>
        <source> &lt;b&gt;This machine:&lt;/b&gt; run the lesson, and its serial run, to compare.</source>
        <translation> &lt;b&gt;이 컴퓨터:&lt;/b&gt; 레슨과 그 직렬 실행을 돌려서 비교해 보세요.</translation>
    </message>
    <message>
        <source> &lt;b&gt;This machine&lt;/b&gt; (%1): %2. Times differ with the processor, the cores and the start method; the ratios are what carries over.</source>
        <translation> &lt;b&gt;이 컴퓨터&lt;/b&gt; (%1): %2. 시간은 프로세서, 코어, 시작 방식에 따라 달라집니다. 그대로 옮겨 오는 것은 비율입니다.</translation>
    </message>
    <message>
        <source>Show what to look for</source>
        <translation>눈여겨볼 것 보기</translation>
    </message>
    <message>
        <source>Fold the lesson to its title</source>
        <translation>레슨을 제목만 남기고 접기</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>경주</translation>
    </message>
    <message>
        <source>Run the lesson&apos;s workload on %1, then on %2, and show both timelines on one time axis with their wall times</source>
        <translation>수업의 워크로드를 %1에서, 이어서 %2에서 실행하고, 두 타임라인을 전체 시간과 함께 한 시간 축에 보여 줍니다</translation>
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
        <translation>논리 코어 %1개</translation>
    </message>
    <message>
        <source>%1, %2 logical cores</source>
        <translation>%1, 논리 코어 %2개</translation>
    </message>
    <message>
        <source>One row per worker, one bar per task. Hover a bar for its details, drag to pan, scroll to zoom, right-click to export or fit the whole run.</source>
        <translation>워커마다 한 행, 작업마다 막대 하나. 막대에 마우스를 올리면 자세한 내용, 끌면 이동, 스크롤하면 확대/축소, 오른쪽 클릭으로 내보내기나 실행 전체 보기.</translation>
    </message>
    <message>
        <source>Per-core utilization</source>
        <translation>코어별 사용률</translation>
    </message>
    <message>
        <source>Task timeline</source>
        <translation>작업 타임라인</translation>
    </message>
    <message>
        <source>Per-core utilization: one line per logical core over the average (the wide grey band). Its time axis is the timeline&apos;s: zoom or pan either. Right-click to export.</source>
        <translation>코어별 사용률: 논리 코어마다 선 하나, 그 아래에 평균(넓은 회색 띠). 시간 축은 타임라인과 같습니다: 어느 쪽이든 확대하거나 이동하세요. 오른쪽 클릭으로 내보냅니다.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::MainWindow</name>
    <message>
        <source>&amp;Live: cores and timeline</source>
        <translation>실시간(&amp;L): 코어와 타임라인</translation>
    </message>
    <message>
        <source>Per-core utilization and the per-worker task timeline, live (Ctrl+1)</source>
        <translation>코어별 사용률과 워커별 작업 타임라인을 실시간으로 (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Speedup</source>
        <translation>속도 향상(&amp;S)</translation>
    </message>
    <message>
        <source>Every finished run of this workload against the serial run (Ctrl+2)</source>
        <translation>이 워크로드의 끝난 실행 모두를 직렬 실행과 비교 (Ctrl+2)</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>결과(&amp;E)</translation>
    </message>
    <message>
        <source>One row per finished task, sortable (Ctrl+3)</source>
        <translation>끝난 작업마다 한 행, 정렬 가능 (Ctrl+3)</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>스윕(&amp;W)</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>제어판</translation>
    </message>
    <message>
        <source>Corescope — %1</source>
        <translation>Corescope — %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 실행 중…</translation>
    </message>
    <message>
        <source>a run is going (wait for it, or cancel it with Esc)</source>
        <translation>실행 중입니다 (기다리거나 Esc로 취소하세요)</translation>
    </message>
    <message>
        <source>Python Equivalent</source>
        <translation>같은 일을 하는 파이썬 코드</translation>
    </message>
    <message>
        <source>Speedup and efficiency over modes and worker counts, measured in one go (Ctrl+4; Run &gt; Sweep…, Ctrl+Shift+R)</source>
        <translation>여러 모드와 워커 수에 대한 속도 향상과 효율을 한 번에 측정 (Ctrl+4; 실행 &gt; 스윕…, Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::MessageBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ModeBox</name>
    <message>
        <source>One task after another on one thread: the baseline every speedup is measured against</source>
        <translation>스레드 하나에서 작업을 하나씩 차례로: 모든 속도 향상을 재는 기준선</translation>
    </message>
    <message>
        <source>A pool of threads. Native runtime: C++ threads with no GIL, unless &quot;Emulated GIL&quot; is ticked; Python runtime: Python&apos;s own threads (ThreadPoolExecutor, ThreadPool) under the real GIL</source>
        <translation>스레드 풀. 네이티브 런타임: &quot;에뮬레이션한 GIL&quot;을 체크하지 않으면 GIL 없는 C++ 스레드. 파이썬 런타임: 진짜 GIL 아래의 파이썬 스레드 (ThreadPoolExecutor, ThreadPool)</translation>
    </message>
    <message>
        <source>A pool of worker processes: Corescope&apos;s native workers, or in the Python runtime Python&apos;s own (ProcessPoolExecutor, multiprocessing.Pool); inputs and results travel between processes</source>
        <translation>워커 프로세스 풀: Corescope의 네이티브 워커, 또는 파이썬 런타임에서는 파이썬의 워커 (ProcessPoolExecutor, multiprocessing.Pool). 입력과 결과가 프로세스 사이를 오갑니다</translation>
    </message>
    <message>
        <source>Ranks of an MPI job (Open MPI&apos;s mpirun, started by Corescope) as the workers, on this machine or on the hosts named below; inputs and results travel as MPI messages</source>
        <translation>MPI 작업의 랭크(Corescope가 실행하는 Open MPI의 mpirun)를 워커로 씁니다. 이 컴퓨터나 아래에 적은 호스트에서 돌며, 입력과 결과는 MPI 메시지로 오갑니다</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>직렬</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>스레드</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>MPI ranks</source>
        <translation>MPI 랭크</translation>
    </message>
    <message>
        <source>Serial (the baseline), threads in this process, worker processes, or the ranks of an MPI job</source>
        <translation>직렬(기준선), 이 프로세스 안의 스레드, 워커 프로세스, 또는 MPI 작업의 랭크</translation>
    </message>
</context>
<context>
    <name>corescope::gui::PythonPanel</name>
    <message>
        <source>Python that does what the current settings do: select and copy, or press Copy.</source>
        <translation>현재 설정과 같은 일을 하는 파이썬 코드입니다. 선택해서 복사하거나 [복사]를 누르세요.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the program to the clipboard</source>
        <translation>프로그램을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>Pick a workload to see its Python.</source>
        <translation>워크로드를 고르면 파이썬 코드가 나옵니다.</translation>
    </message>
    <message>
        <source>What the Python runtime runs for these settings, less its tracing:</source>
        <translation>이 설정으로 파이썬 런타임이 실행하는 코드(기록 부분은 뺌):</translation>
    </message>
    <message>
        <source>These settings in Python (this run is native C++):</source>
        <translation>이 설정을 파이썬으로 쓰면 (이 실행은 네이티브 C++):</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RaceWindow</name>
    <message>
        <source>Race: %1</source>
        <translation>경주: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, the same tasks twice, one after the other: &lt;b&gt;%2&lt;/b&gt; (top), then &lt;b&gt;%3&lt;/b&gt; (below), on one time axis.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, 같은 작업을 차례로 두 번: &lt;b&gt;%2&lt;/b&gt;(위), 이어서 &lt;b&gt;%3&lt;/b&gt;(아래), 한 시간 축에서.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · wall time %2</source>
        <translation>%1 · 전체 시간 %2</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ResultsPage</name>
    <message>
        <source>One row per finished task, in the order they finished. Click a column header to sort.</source>
        <translation>끝난 작업마다 한 행, 끝난 순서대로. 열 머리글을 누르면 정렬됩니다.</translation>
    </message>
    <message>
        <source>Rows in the order the tasks finished. Click a column header to sort.</source>
        <translation>작업이 끝난 순서대로 나열했습니다. 열 머리글을 누르면 정렬됩니다.</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending. Click the header again to reverse.</source>
        <translation>%1 기준 오름차순으로 정렬했습니다. 머리글을 다시 누르면 뒤집힙니다.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending. Click the header again to reverse.</source>
        <translation>%1 기준 내림차순으로 정렬했습니다. 머리글을 다시 누르면 뒤집힙니다.</translation>
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
        <translation>시그널 %1</translation>
    </message>
    <message>
        <source>The Python worker processes</source>
        <translation>파이썬 워커 프로세스들이</translation>
    </message>
    <message>
        <source>The native worker processes</source>
        <translation>네이티브 워커 프로세스들이</translation>
    </message>
    <message>
        <source>The Python threads</source>
        <translation>파이썬 스레드들이</translation>
    </message>
    <message>
        <source>The native threads (with the emulated GIL)</source>
        <translation>네이티브 스레드들이 (에뮬레이션한 GIL과 함께)</translation>
    </message>
    <message>
        <source>The native threads (C++, no GIL)</source>
        <translation>네이티브 스레드들이 (C++, GIL 없음)</translation>
    </message>
    <message>
        <source>the Python worker processes</source>
        <translation>파이썬 워커 프로세스들</translation>
    </message>
    <message>
        <source>the native worker processes</source>
        <translation>네이티브 워커 프로세스들</translation>
    </message>
    <message>
        <source>the Python threads</source>
        <translation>파이썬 스레드들</translation>
    </message>
    <message>
        <source>the native threads (with the emulated GIL)</source>
        <translation>네이티브 스레드들 (에뮬레이션한 GIL과 함께)</translation>
    </message>
    <message>
        <source>the native threads (C++, no GIL)</source>
        <translation>네이티브 스레드들 (C++, GIL 없음)</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>파이썬</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>파이썬 %1</translation>
    </message>
    <message>
        <source>Shared counter: expected %1, the caller sees %2. Every update arrived.</source>
        <translation>공유 카운터: 기대값 %1, 호출한 쪽이 보는 값 %2. 모든 업데이트가 반영되었습니다.</translation>
    </message>
    <message>
        <source>%1 added to one counter in memory they share, with a lock around each read and write back (Python: with v.get_lock(): v.value += 1; natively one atomic add), so no update overwrote another: right, and slower (%2 per update here, task time / updates).</source>
        <translation>%1 공유하는 메모리의 카운터 하나에 더했고, 읽고 다시 쓰는 동안마다 잠금을 걸었습니다(파이썬: with v.get_lock(): v.value += 1, 네이티브: 원자적 덧셈 한 번). 그래서 어떤 업데이트도 다른 업데이트를 덮어쓰지 않았습니다. 정확하고, 더 느립니다(여기서는 업데이트 한 번에 %2, 작업 시간 / 업데이트 수).</translation>
    </message>
    <message>
        <source>The counter lives in a Manager&apos;s process; %1 reached it through proxies, so every update made round trips to another process (the lock, the read, the write, the unlock: %2 per update here, task time / updates): right, and the bars are long.</source>
        <translation>카운터는 Manager의 프로세스에 있습니다. %1 프록시를 거쳐 카운터에 닿았으므로, 업데이트마다 다른 프로세스를 왕복했습니다(잠금, 읽기, 쓰기, 잠금 해제: 여기서는 업데이트 한 번에 %2, 작업 시간 / 업데이트 수). 정확하지만 막대가 깁니다.</translation>
    </message>
    <message>
        <source>Only one worker touched the counter, so nobody else could overwrite its updates. Run it on two or more workers without a lock to see updates lost.</source>
        <translation>카운터를 건드린 워커가 하나뿐이라서 아무도 그 업데이트를 덮어쓸 수 없었습니다. 잠금 없이 워커 두 개 이상으로 실행하면 업데이트가 사라지는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The lock lets one thread at a time read the counter and write it back, so no update overwrites another: right, and slower.</source>
        <translation>잠금 덕분에 한 번에 한 스레드만 카운터를 읽고 다시 쓰므로, 어떤 업데이트도 다른 업데이트를 덮어쓰지 않습니다. 정확하고, 더 느립니다.</translation>
    </message>
    <message>
        <source>%1 read the shared counter and wrote it back in two steps with no lock, and this time none wrote in between: the tasks hardly overlapped. That is luck, not a promise: run it again. Python needs get_lock() (counter-shared-locked).</source>
        <translation>%1 공유 카운터를 잠금 없이 두 단계로 읽고 다시 썼는데, 이번에는 그 사이에 아무도 쓰지 않았습니다. 작업이 거의 겹치지 않았기 때문입니다. 운이 좋았을 뿐 보장은 아닙니다. 다시 실행해 보세요. 파이썬에서는 get_lock()이 필요합니다(counter-shared-locked).</translation>
    </message>
    <message>
        <source>Under the GIL, on this interpreter (%1), no thread was switched out between reading and writing the counter. That is not a promise: a call between the read and the write, or a free-threaded build, loses updates; a lock makes it right everywhere (counter-locked).</source>
        <translation>이 인터프리터(%1)에서는 GIL 아래에서 카운터를 읽고 쓰는 사이에 스레드가 전환되지 않았습니다. 그래도 보장은 아닙니다. 읽기와 쓰기 사이에 함수 호출이 있거나 free-threaded 빌드라면 업데이트를 잃습니다. 잠금을 쓰면 어디서든 정확합니다(counter-locked).</translation>
    </message>
    <message>
        <source>Under the emulated GIL the native threads took turns in long slices and none was switched out between reading and writing the counter this time; without the GIL they run at once and lose updates.</source>
        <translation>에뮬레이션한 GIL 아래에서 네이티브 스레드들이 긴 구간씩 번갈아 실행되어, 이번에는 카운터를 읽고 쓰는 사이에 전환된 스레드가 없었습니다. GIL이 없으면 동시에 실행되어 업데이트를 잃습니다.</translation>
    </message>
    <message>
        <source>%1 happened not to overlap this time: run it again, or with more workers, and updates get lost.</source>
        <translation>이번에는 %1 우연히 겹치지 않았습니다. 다시 실행하거나 워커를 늘리면 업데이트가 사라집니다.</translation>
    </message>
    <message>
        <source>Shared counter: expected %1, the caller sees 0.</source>
        <translation>공유 카운터: 기대값 %1, 호출한 쪽이 보는 값 0.</translation>
    </message>
    <message>
        <source>Each worker process added to its own copy of the counter, in its own memory; the caller&apos;s counter was never touched, like the notebook&apos;s results dict that comes back empty. A lock cannot help across processes: put the counter in memory shared with the workers and lock each update (counter-shared-locked), or in a Manager (counter-manager).</source>
        <translation>워커 프로세스마다 자기 메모리에 있는 자기 카운터 복사본에 더했습니다. 호출한 쪽의 카운터는 한 번도 건드려지지 않았습니다. 노트북의 results 딕셔너리가 빈 채로 돌아온 것과 같습니다. 잠금은 프로세스 사이에서는 소용이 없습니다. 카운터를 워커와 공유하는 메모리에 두고 업데이트마다 잠그거나(counter-shared-locked), Manager에 두세요(counter-manager).</translation>
    </message>
    <message>
        <source>Shared counter: expected %1, the caller sees %2: %3 updates lost (%4%).</source>
        <translation>공유 카운터: 기대값 %1, 호출한 쪽이 보는 값 %2: 업데이트 %3개 손실 (%4%).</translation>
    </message>
    <message>
        <source>The counter is in memory %1 share, but without a lock each update is a read and then a write: two workers read the same value and both write value + 1, so one addition overwrites the other. In Python, v.value += 1 on a multiprocessing.Value or Array does the same (the getter and the setter each lock, not the pair): Python needs get_lock() (counter-shared-locked), and the total is right.</source>
        <translation>카운터는 %1 공유하는 메모리에 있지만, 잠금이 없으면 업데이트가 읽기 다음 쓰기입니다. 두 워커가 같은 값을 읽고 둘 다 값 + 1을 쓰니, 덧셈 하나가 다른 하나를 덮어씁니다. 파이썬에서 multiprocessing.Value나 Array에 v.value += 1을 해도 똑같습니다(getter와 setter가 각각 잠글 뿐, 둘을 묶어서 잠그지는 않음). 파이썬에서는 get_lock()이 필요하고(counter-shared-locked), 그러면 합계가 맞습니다.</translation>
    </message>
    <message>
        <source>On this interpreter (%1) a thread was switched out between reading the counter and writing it back: another thread&apos;s update in between was overwritten. Put a lock around the update (counter-locked) and the total is right.</source>
        <translation>이 인터프리터(%1)에서는 카운터를 읽고 다시 쓰는 사이에 스레드가 전환되었습니다. 그 사이에 들어온 다른 스레드의 업데이트가 덮어써졌습니다. 업데이트에 잠금을 걸면(counter-locked) 합계가 맞습니다.</translation>
    </message>
    <message>
        <source>%1 ran without a lock: “counter += 1” is a read and then a write, two threads read the same value and both write value + 1, so one addition overwrites the other. Put a lock around the update (counter-locked) and the total is right.</source>
        <translation>%1 잠금 없이 실행했습니다. “counter += 1”은 읽기 다음 쓰기라서, 두 스레드가 같은 값을 읽고 둘 다 값 + 1을 쓰면 덧셈 하나가 다른 하나를 덮어씁니다. 업데이트에 잠금을 걸면(counter-locked) 합계가 맞습니다.</translation>
    </message>
    <message>
        <source>Shared counter: expected %1, the caller sees %2.</source>
        <translation>공유 카운터: 기대값 %1, 호출한 쪽이 보는 값 %2.</translation>
    </message>
    <message>
        <source>The caller&apos;s counter holds more than the finished tasks added: it includes updates from tasks that did not finish.</source>
        <translation>호출한 쪽의 카운터가 끝난 작업들이 더한 것보다 큽니다. 끝나지 않은 작업의 업데이트도 들어 있습니다.</translation>
    </message>
    <message>
        <source>One of its tasks</source>
        <translation>작업 중 하나</translation>
    </message>
    <message>
        <source>Task %1 (input 0)</source>
        <translation>작업 %1 (입력 0)</translation>
    </message>
    <message>
        <source>In serial mode it would run inside Corescope itself</source>
        <translation>직렬 모드에서는 Corescope 자신 안에서 실행됩니다</translation>
    </message>
    <message>
        <source>In threads mode every task runs on a thread of one process, Corescope itself</source>
        <translation>스레드 모드에서는 모든 작업이 프로세스 하나, 곧 Corescope 자신의 스레드에서 실행됩니다</translation>
    </message>
    <message>
        <source>Why “%1” does not run in %2 mode: %3 crashes the process that runs it (%4). %5, and a crash ends a process with all its threads: the window, the charts and every result would vanish at once. The same happens to a Python program whose thread crashes the interpreter; nothing can catch it. In processes mode only one worker process dies: the pool notices, names the task (Python raises BrokenProcessPool) and the results computed before it stay. Switch the mode to processes to see it.</source>
        <translation>“%1”을(를) %2 모드로 실행하지 않는 이유: %3 그것을 실행하는 프로세스를 망가뜨립니다(%4). %5. 충돌은 프로세스를 그 스레드 전부와 함께 끝내므로 창, 차트, 모든 결과가 한꺼번에 사라집니다. 스레드가 인터프리터를 망가뜨린 파이썬 프로그램도 마찬가지이고, 아무것도 그것을 잡을 수 없습니다. 프로세스 모드에서는 워커 프로세스 하나만 죽습니다. 풀이 알아채고 작업을 알려 주며(파이썬은 BrokenProcessPool을 일으킴), 그 전에 계산된 결과는 남습니다. 보려면 모드를 프로세스로 바꾸세요.</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>%1 만에 완료</translation>
    </message>
    <message>
        <source>%1 of %2 results differ from the values the workload expects: they are marked ✗ in the Results tab.</source>
        <translation>결과 %2개 중 %1개가 워크로드가 기대하는 값과 다릅니다. 결과 탭에 ✗로 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Cancelled after %1 s with %2 of %3 tasks done. The finished tasks stay in the table and on the timeline.</source>
        <translation>%1초 후 취소됨, 작업 %3개 중 %2개 완료. 끝난 작업은 표와 타임라인에 남습니다.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>실행이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The 1 result computed before it stays in the table.</source>
        <translation>그 전에 계산된 결과 1개는 표에 남습니다.</translation>
    </message>
    <message>
        <source>The %1 results computed before it stay in the table.</source>
        <translation>그 전에 계산된 결과 %1개는 표에 남습니다.</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>작업 1개</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>작업 %1개</translation>
    </message>
    <message>
        <source>Python runtime only</source>
        <translation>파이썬 런타임 전용</translation>
    </message>
    <message>
        <source>Tasks cut short by Cancel: %1, drawn as dashed bars marked “cancelled”.</source>
        <translation>취소로 중단된 작업: %1개, 점선 막대에 “취소됨”으로 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>완료 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>실패 %1</translation>
    </message>
    <message>
        <source>%1 stopped with the pool</source>
        <translation>풀과 함께 중단됨 %1</translation>
    </message>
    <message>
        <source>%1 cut short by Cancel</source>
        <translation>취소로 중단됨 %1</translation>
    </message>
    <message>
        <source>Tasks that ended / tasks in the workload: %1</source>
        <translation>끝난 작업 / 워크로드의 작업: %1</translation>
    </message>
    <message>
        <source>%1 not finished</source>
        <translation>끝나지 않음 %1</translation>
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
        <translation>%1 (%2의 기본값)</translation>
    </message>
    <message>
        <source>native C++ kernels</source>
        <translation>네이티브 C++ 커널</translation>
    </message>
    <message>
        <source>native C++ kernels; each task computed %1x as long in Python (last Python run)</source>
        <translation>네이티브 C++ 커널. 파이썬에서는 작업마다 계산이 %1배 오래 걸림 (마지막 파이썬 실행)</translation>
    </message>
    <message>
        <source>%1 work per task</source>
        <translation>작업당 일 %1</translation>
    </message>
    <message>
        <source>%1 work per task (%2 asked)</source>
        <translation>작업당 일 %1 (요청 %2)</translation>
    </message>
    <message>
        <source>%1 (%2 ignored by %3)</source>
        <translation>%1 (%3은(는) %2을(를) 무시)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RunLauncher</name>
    <message>
        <source>A run is going</source>
        <translation>실행 중입니다</translation>
    </message>
    <message>
        <source>“%1” is still running. Cancel it and start the new run?</source>
        <translation>“%1”이(가) 아직 실행 중입니다. 취소하고 새로 실행할까요?</translation>
    </message>
    <message>
        <source>Cancel It and &amp;Start</source>
        <translation>취소하고 시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>계속 실행(&amp;K)</translation>
    </message>
    <message>
        <source>A sweep is running: cancel it on the Sweep tab, or wait for it to finish, before starting a run.</source>
        <translation>스윕이 실행 중입니다. 실행을 시작하기 전에 스윕 탭에서 취소하거나 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Checking the Python interpreter: the run starts when it answers (Esc cancels).</source>
        <translation>Python 인터프리터를 확인하는 중입니다. 응답하면 실행이 시작됩니다(Esc로 취소).</translation>
    </message>
    <message>
        <source>“%1” cannot run %2: %3</source>
        <translation>“%1”을(를) %2(으)로 실행할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The Python runtime cannot run it here either: %1</source>
        <translation>여기서는 파이썬 런타임도 실행할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RunStatusBar</name>
    <message>
        <source>%1 tasks/s</source>
        <translation>초당 작업 %1개</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>What the current run is doing, or how the last one ended</source>
        <translation>지금 실행이 하는 일, 또는 마지막 실행이 끝난 방식</translation>
    </message>
    <message>
        <source>%v / %m tasks</source>
        <translation>작업 %v / %m</translation>
    </message>
    <message>
        <source>Tasks finished / tasks in the workload</source>
        <translation>끝난 작업 / 워크로드의 작업</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>실행 진행률</translation>
    </message>
    <message>
        <source>Wall time since the run started</source>
        <translation>실행이 시작된 뒤 지난 시간</translation>
    </message>
    <message>
        <source>Tasks finished per second of wall time, over the whole run</source>
        <translation>실행 전체에 걸친, 초당 끝난 작업 수</translation>
    </message>
    <message>
        <source>Estimated time left at the rate so far</source>
        <translation>지금까지의 속도로 추정한 남은 시간</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>경과 %1</translation>
    </message>
    <message>
        <source>— tasks/s</source>
        <translation>초당 작업 —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>남은 시간 %1</translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>남은 시간 —</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>아직 실행 안 함</translation>
    </message>
</context>
<context>
    <name>corescope::gui::RuntimeChooser</name>
    <message>
        <source>Native (C++)</source>
        <translation>네이티브 (C++)</translation>
    </message>
    <message>
        <source>The kernels in C++: what the hardware can do, with Python&apos;s GIL emulated when ticked</source>
        <translation>C++ 커널: 하드웨어가 낼 수 있는 성능. 체크하면 파이썬의 GIL을 에뮬레이션</translation>
    </message>
    <message>
        <source>Python (CPython)</source>
        <translation>파이썬 (CPython)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>인터프리터</translation>
    </message>
    <message>
        <source>Choose the Python interpreter the Python runtime uses</source>
        <translation>Python 런타임이 사용할 Python 인터프리터를 고릅니다</translation>
    </message>
    <message>
        <source>Choose a Python interpreter…</source>
        <translation>Python 인터프리터 고르기…</translation>
    </message>
    <message>
        <source>Use python3 on PATH</source>
        <translation>PATH의 python3 사용</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>Python 인터프리터 고르기</translation>
    </message>
    <message>
        <source>python3 on PATH</source>
        <translation>PATH의 python3</translation>
    </message>
    <message>
        <source>Checking the Python interpreter (%1)…</source>
        <translation>Python 인터프리터 확인 중 (%1)…</translation>
    </message>
    <message>
        <source>Python %1, %2</source>
        <translation>파이썬 %1, %2</translation>
    </message>
    <message>
        <source>A real CPython interpreter through Python&apos;s own APIs, traced live: %1</source>
        <translation>진짜 CPython 인터프리터를 파이썬 자신의 API로 실행하고 실시간으로 추적합니다: %1</translation>
    </message>
    <message>
        <source>Native runs the kernels in C++; Python runs them in real CPython (%1)</source>
        <translation>네이티브는 커널을 C++로, 파이썬은 진짜 CPython(%1)으로 실행합니다</translation>
    </message>
    <message>
        <source>Python runtime unavailable: %1</source>
        <translation>파이썬 런타임을 쓸 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SavedFile</name>
    <message>
        <source>an unknown date</source>
        <translation>알 수 없는 날짜</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>이름 없는 컴퓨터</translation>
    </message>
    <message>
        <source>saved run from %1, %2</source>
        <translation>%1에서 %2에 저장한 실행</translation>
    </message>
    <message>
        <source>saved sweep from %1, %2</source>
        <translation>%1에서 %2에 저장한 스윕</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: not a saved Corescope run or sweep (its &quot;format&quot; is not &quot;corescope-run&quot; or &quot;corescope-sweep&quot;)</source>
        <translation>%1: 저장한 Corescope 실행이나 스윕이 아닙니다 (&quot;format&quot;이 &quot;corescope-run&quot;도 &quot;corescope-sweep&quot;도 아님)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>다른 창</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SpeedupPage</name>
    <message>
        <source>Run &amp;serial baseline</source>
        <translation>직렬 기준선 실행(&amp;S)</translation>
    </message>
    <message>
        <source>Speedup = serial time / this time, one series per mode; the dashed line is ideal scaling. Hover a point for its efficiency; right-click to export.</source>
        <translation>속도 향상 = 직렬 시간 / 이번 시간, 모드마다 계열 하나. 점선은 이상적인 확장입니다. 점에 마우스를 올리면 효율, 오른쪽 클릭으로 내보내기.</translation>
    </message>
    <message>
        <source>Runs that ended well count; cancelled and failed runs do not</source>
        <translation>잘 끝난 실행만 셉니다. 취소되거나 실패한 실행은 세지 않습니다</translation>
    </message>
    <message>
        <source>Forget these runs</source>
        <translation>이 실행들 잊기</translation>
    </message>
    <message>
        <source>Start this workload&apos;s speedup chart over</source>
        <translation>이 워크로드의 속도 향상 차트를 처음부터 다시</translation>
    </message>
    <message>
        <source>%1 · against the serial run (%2) · %3</source>
        <translation>%1 · 직렬 실행(%2) 대비 · %3</translation>
    </message>
    <message>
        <source>%1 · no serial run yet · %2</source>
        <translation>%1 · 아직 직렬 실행 없음 · %2</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>No runs of “%1” yet. Speedup is measured against a serial run: run the baseline, then the same workload on threads or processes.</source>
        <translation>“%1”의 실행이 아직 없습니다. 속도 향상은 직렬 실행과 비교해 잽니다: 기준선을 실행한 다음, 같은 워크로드를 스레드나 프로세스로 실행하세요.</translation>
    </message>
    <message>
        <source>No serial run of “%1” yet, so the run you made has nothing to be compared with. Run the serial baseline to see its speedup.</source>
        <translation>“%1”의 직렬 실행이 아직 없어서 방금 한 실행을 비교할 대상이 없습니다. 속도 향상을 보려면 직렬 기준선을 실행하세요.</translation>
    </message>
    <message>
        <source>No serial run of “%1” yet, so the %2 runs you made have nothing to be compared with. Run the serial baseline to see their speedup.</source>
        <translation>“%1”의 직렬 실행이 아직 없어서 지금까지 한 실행 %2개를 비교할 대상이 없습니다. 속도 향상을 보려면 직렬 기준선을 실행하세요.</translation>
    </message>
    <message>
        <source>No finished runs of this workload yet.</source>
        <translation>이 워크로드의 끝난 실행이 아직 없습니다.</translation>
    </message>
    <message>
        <source>1 finished run of “%1” on this chart.</source>
        <translation>이 차트에 “%1”의 끝난 실행 1개.</translation>
    </message>
    <message>
        <source>%1 finished runs of “%2” on this chart.</source>
        <translation>이 차트에 “%2”의 끝난 실행 %1개.</translation>
    </message>
    <message>
        <source>1 finished run of “%1”, drawn once a serial run gives it a baseline.</source>
        <translation>“%1”의 끝난 실행 1개. 직렬 실행이 기준을 주면 차트에 그려집니다.</translation>
    </message>
    <message>
        <source>%1 finished runs of “%2”, drawn once a serial run gives them a baseline.</source>
        <translation>“%2”의 끝난 실행 %1개. 직렬 실행이 기준을 주면 차트에 그려집니다.</translation>
    </message>
    <message>
        <source>%1 · against Python&apos;s serial run (%2) · %3</source>
        <translation>%1 · 파이썬 직렬 실행(%2) 대비 · %3</translation>
    </message>
    <message>
        <source>1 more waits for a serial run of its own runtime.</source>
        <translation>1개가 더 자기 런타임의 직렬 실행을 기다립니다.</translation>
    </message>
    <message>
        <source>%1 more wait for a serial run of their own runtime.</source>
        <translation>%1개가 더 자기 런타임의 직렬 실행을 기다립니다.</translation>
    </message>
    <message>
        <source>%1 · native runs against the native serial run (%2), Python&apos;s against Python&apos;s (%3) · %4</source>
        <translation>%1 · 네이티브 실행은 네이티브 직렬 실행(%2) 대비, 파이썬 실행은 파이썬 직렬 실행(%3) 대비 · %4</translation>
    </message>
    <message>
        <source>No Python serial run of “%1” yet: Python runs are measured against Python&apos;s own serial loop, not against C++. The button runs it in Python.</source>
        <translation>“%1”의 파이썬 직렬 실행이 아직 없습니다. 파이썬 실행은 C++가 아니라 파이썬 자신의 직렬 루프와 비교됩니다. 버튼을 누르면 파이썬으로 실행합니다.</translation>
    </message>
    <message>
        <source>No native serial run of “%1” yet: native runs are measured against a native serial run, not against Python&apos;s. The button runs it natively.</source>
        <translation>“%1”의 네이티브 직렬 실행이 아직 없습니다. 네이티브 실행은 파이썬이 아니라 네이티브 직렬 실행과 비교됩니다. 버튼을 누르면 네이티브로 실행합니다.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SweepForm</name>
    <message>
        <source>Modes:</source>
        <translation>모드:</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>직렬</translation>
    </message>
    <message>
        <source>The serial baseline is always measured: every speedup is serial time / parallel time</source>
        <translation>직렬 기준선은 항상 측정합니다: 모든 속도 향상은 직렬 시간 / 병렬 시간</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>스레드</translation>
    </message>
    <message>
        <source>Native threads: they run in parallel</source>
        <translation>네이티브 스레드: 병렬로 실행됩니다</translation>
    </message>
    <message>
        <source>threads + GIL</source>
        <translation>스레드 + GIL</translation>
    </message>
    <message>
        <source>Threads under the emulated GIL, as Python&apos;s threads behave</source>
        <translation>에뮬레이션한 GIL 아래의 스레드, 파이썬 스레드처럼 동작</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>One worker process each; results travel back through pipes</source>
        <translation>워커마다 프로세스 하나, 결과는 파이프로 돌아옵니다</translation>
    </message>
    <message>
        <source>Python threads</source>
        <translation>파이썬 스레드</translation>
    </message>
    <message>
        <source>Python processes</source>
        <translation>파이썬 프로세스</translation>
    </message>
    <message>
        <source>Real CPython through the API chosen in the side panel, against Python&apos;s own serial loop</source>
        <translation>옆 패널에서 고른 API를 거치는 진짜 CPython, 파이썬 자신의 직렬 반복문과 비교</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>워커(&amp;W):</translation>
    </message>
    <message>
        <source>1-8 or 1,2,4,8</source>
        <translation>1-8 또는 1,2,4,8</translation>
    </message>
    <message>
        <source>Worker counts to measure: a range (1-8), a list (1,2,4,8) or both (1-4,8,16). Default: 1 to twice the machine&apos;s %1 cores</source>
        <translation>측정할 워커 수: 범위(1-8), 목록(1,2,4,8), 또는 둘 다(1-4,8,16). 기본값: 1부터 이 컴퓨터의 코어 %1개의 두 배까지</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>반복(&amp;E):</translation>
    </message>
    <message>
        <source>Runs per point: the chart shows their median, whiskers their fastest and slowest</source>
        <translation>점마다 실행 횟수: 차트는 중앙값을, 수염은 가장 빠른 것과 가장 느린 것을 보여 줍니다</translation>
    </message>
    <message>
        <source>Warm-&amp;up run</source>
        <translation>예열 실행(&amp;U)</translation>
    </message>
    <message>
        <source>One run first whose time is thrown away: caches, page faults and the worker executable are warm for the measured runs</source>
        <translation>시간을 버리는 실행을 먼저 한 번: 측정하는 실행을 위해 캐시, 페이지 폴트, 워커 실행 파일을 미리 데워 둡니다</translation>
    </message>
    <message>
        <source>&amp;Start Sweep</source>
        <translation>스윕 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Run the workload at every mode and worker count (Ctrl+Shift+R opens this tab)</source>
        <translation>모든 모드와 워커 수로 워크로드를 실행합니다 (Ctrl+Shift+R로 이 탭이 열림)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sweep</source>
        <translation>스윕 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the current run; the finished points stay</source>
        <translation>지금 실행이 끝나면 멈춥니다. 끝난 점은 남습니다</translation>
    </message>
    <message>
        <source>Workers: %1</source>
        <translation>워커: %1</translation>
    </message>
    <message>
        <source>Run the workload at every mode and worker count</source>
        <translation>모든 모드와 워커 수로 워크로드를 실행합니다</translation>
    </message>
    <message>
        <source>Cannot start now: %1</source>
        <translation>지금은 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>MPI</source>
        <comment>sweep mode: MPI ranks</comment>
        <translation>MPI</translation>
    </message>
    <message>
        <source>The ranks of an MPI job as the workers, on the hosts of the side panel&apos;s Hosts field (shown with Mode “MPI ranks”; this machine when it is empty). Rank counts beyond this machine&apos;s %1 cores are checked against the Amdahl fit of the counts up to them: predicted beside measured.</source>
        <translation>MPI 작업의 랭크를 워커로 사용하며, 사이드 패널의 호스트 필드에 있는 호스트에서 실행합니다(모드가 “MPI 랭크”일 때 보입니다. 비어 있으면 이 컴퓨터). 이 컴퓨터의 코어 %1개를 넘는 랭크 수는 그 이하 랭크 수로 맞춘 암달 적합과 비교합니다: 예측과 측정을 나란히 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SweepPanel</name>
    <message>
        <source>no sweep yet</source>
        <translation>아직 스윕 없음</translation>
    </message>
    <message>
        <source>Choose modes and worker counts, then Start Sweep.</source>
        <translation>모드와 워커 수를 고른 다음 스윕 시작을 누르세요.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the speedup or efficiency chart as PNG, SVG or PDF, or the points as CSV (right-click a chart for the same)</source>
        <translation>속도 향상이나 효율 차트를 PNG, SVG, PDF로, 또는 점들을 CSV로 저장합니다 (차트를 오른쪽 클릭해도 같음)</translation>
    </message>
    <message>
        <source>No workload is loaded.</source>
        <translation>열린 워크로드가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot start the sweep: %1.</source>
        <translation>스윕을 시작할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>Cancelling after the current run…</source>
        <translation>지금 실행이 끝나면 취소합니다…</translation>
    </message>
    <message>
        <source>%1 / %2 points</source>
        <translation>점 %1 / %2</translation>
    </message>
    <message>
        <source>Run %1 of %2</source>
        <translation>실행 %1 / %2</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 약 %1 남음</translation>
    </message>
    <message>
        <source>Done: %1 points in %2.</source>
        <translation>완료: 점 %1개, %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 points finished; they stay on the charts.</source>
        <translation>취소됨: 점 %2개 중 %1개 완료. 차트에 남습니다.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Saved sweep from %1, %2 — %3</source>
        <translation>%1에서 %2에 저장한 스윕 — %3</translation>
    </message>
    <message>
        <source>Saved sweep (%1): %2 of %3 points.</source>
        <translation>저장한 스윕 (%1): 점 %3개 중 %2개.</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>효율</translation>
    </message>
    <message>
        <source>there is no sweep to export yet</source>
        <translation>아직 내보낼 스윕이 없습니다</translation>
    </message>
    <message>
        <source>%1 Chart…</source>
        <translation>%1 차트…</translation>
    </message>
    <message>
        <source>Export the %1 Chart</source>
        <translation>%1 차트 내보내기</translation>
    </message>
    <message>
        <source>Exported the %1 chart to %2</source>
        <translation>%1 차트를 %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>내보낼 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Points as CSV…</source>
        <translation>점을 CSV로…</translation>
    </message>
    <message>
        <source>Export the Sweep as CSV</source>
        <translation>스윕을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the points to %1</source>
        <translation>점들을 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>끝나지 않음</translation>
    </message>
    <message>
        <source> (the core marker is that machine&apos;s %1 cores)</source>
        <translation> (코어 표시는 그 컴퓨터의 코어 %1개입니다)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::SweepResultsView</name>
    <message>
        <source>Median speedup per worker count, whiskers from the repeats; the dashed line is ideal scaling, dotted curves the Amdahl fits</source>
        <translation>워커 수별 속도 향상의 중앙값, 수염은 반복에서 나온 범위. 점선은 이상적인 확장, 점 곡선은 암달 적합</translation>
    </message>
    <message>
        <source>Efficiency = speedup / workers: 100 % means every worker was fully used</source>
        <translation>효율 = 속도 향상 / 워커 수: 100 %는 모든 워커를 온전히 썼다는 뜻</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>min</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>효율</translation>
    </message>
    <message>
        <source>Karp-Flatt</source>
        <translation>Karp-Flatt</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>One row per measured point. Karp-Flatt: the serial fraction this point implies; rising with workers means growing overhead</source>
        <translation>측정한 점마다 한 행. Karp-Flatt: 이 점이 뜻하는 직렬 비율. 워커가 늘수록 커지면 오버헤드가 늘고 있다는 뜻</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amdahl fit per mode&lt;/b&gt; — serial fraction f fitted to the points up to the machine&apos;s core count. The speedups at 8, 16 and 64 cores are a &lt;b&gt;prediction&lt;/b&gt; from the fit with its 95 % interval, not a measurement; a fit of one point predicts nothing.</source>
        <translation>&lt;b&gt;모드별 암달 적합&lt;/b&gt; — 이 컴퓨터의 코어 수까지의 점에 맞춘 직렬 비율 f. 8, 16, 64 코어에서의 속도 향상은 95 % 구간을 붙인 적합의 &lt;b&gt;예측&lt;/b&gt;이며 측정이 아닙니다. 점 하나의 적합은 아무것도 예측하지 않습니다.</translation>
    </message>
    <message>
        <source>serial fraction f</source>
        <translation>직렬 비율 f</translation>
    </message>
    <message>
        <source>%1 cores
(prediction)</source>
        <translation>코어 %1개
(예측)</translation>
    </message>
    <message>
        <source>no sweep yet · %1 logical cores</source>
        <translation>아직 스윕 없음 · 논리 코어 %1개</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>속도 향상</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>효율</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>The median run took %1, under %2 ms: start-up and timer noise weigh on this point</source>
        <translation>중앙값 실행이 %1 걸렸습니다(%2 ms 미만): 이 점에는 시작 비용과 타이머 잡음이 크게 작용합니다</translation>
    </message>
    <message>
        <source>No prediction: a fit of one point has no uncertainty</source>
        <translation>예측 없음: 점 하나의 적합에는 불확실성이 없습니다</translation>
    </message>
    <message>
        <source>1 point ran under %1 ms (median): start-up and timer noise weigh on it, and an efficiency above 100 % is noise. Give the workload more or bigger tasks so that a run takes at least %1 ms.</source>
        <translation>점 1개가 %1 ms 미만(중앙값)으로 실행되었습니다: 시작 비용과 타이머 잡음이 크게 작용하며, 100 %를 넘는 효율은 잡음입니다. 실행이 최소 %1 ms 걸리도록 워크로드에 작업을 더 많이 또는 더 크게 주세요.</translation>
    </message>
    <message>
        <source>%1 points ran under %2 ms (median): start-up and timer noise weigh on them, and an efficiency above 100 % is noise. Give the workload more or bigger tasks so that a run takes at least %2 ms.</source>
        <translation>점 %1개가 %2 ms 미만(중앙값)으로 실행되었습니다: 시작 비용과 타이머 잡음이 크게 작용하며, 100 %를 넘는 효율은 잡음입니다. 실행이 최소 %2 ms 걸리도록 워크로드에 작업을 더 많이 또는 더 크게 주세요.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: only 1 point with more than one worker within the cores, so no prediction; it needs at least %2.</source>
        <translation>암달 적합, %1: 코어 수 이내에서 워커가 둘 이상인 점이 1개뿐이라 예측이 없습니다. 최소 %2개가 필요합니다.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: only %2 points with more than one worker within the cores; its predictions need at least %3.</source>
        <translation>암달 적합, %1: 코어 수 이내에서 워커가 둘 이상인 점이 %2개뿐입니다. 예측에는 최소 %3개가 필요합니다.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: a poor fit — the measured speedups are %2 % off its curve on average (more than %3 %); do not trust its predictions.</source>
        <translation>암달 적합, %1: 잘 맞지 않습니다 — 측정한 속도 향상이 곡선에서 평균 %2 % 벗어납니다(%3 % 초과). 예측을 믿지 마세요.</translation>
    </message>
    <message>
        <source>predicted %1 at %2, measured %3×</source>
        <translation>%2에서 예측 %1, 측정 %3×</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 beyond this host&apos;s %2 cores&lt;/b&gt; (Amdahl fit of the counts up to %2, serial fraction %3 %): %4.</source>
        <translation>&lt;b&gt;이 호스트의 코어 %2개를 넘는 %1&lt;/b&gt; (%2까지의 랭크 수로 맞춘 암달 적합, 직렬 비율 %3 %): %4.</translation>
    </message>
    <message>
        <source>A fit of one point has no uncertainty: these predictions are not reliable.</source>
        <translation>점 하나로 맞춘 적합에는 불확실성이 없습니다: 이 예측은 믿을 수 없습니다.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: on %2 cores only 1 point with more than one worker fits within them, so no prediction; a machine of %3 or more cores gives the points a fit needs.</source>
        <translation>암달 적합, %1: 코어 %2개 안에는 워커가 둘 이상인 점이 1개만 들어가 예측이 없습니다. 코어가 %3개 이상인 머신이면 적합에 필요한 점을 얻습니다.</translation>
    </message>
    <message>
        <source>Amdahl fit, %1: on %2 cores only %3 points with more than one worker fit within them; its predictions need %4 (a machine of %5 or more cores).</source>
        <translation>암달 적합, %1: 코어 %2개 안에는 워커가 둘 이상인 점이 %3개만 들어갑니다. 예측에는 %4개가 필요합니다(코어 %5개 이상인 머신).</translation>
    </message>
    <message>
        <source>Above 1: this point was slower than the serial run (speedup below 1): overhead, not a serial fraction of the work</source>
        <translation>1보다 큼: 이 점은 직렬 실행보다 느렸습니다(속도 향상 1 미만). 작업의 직렬 비율이 아니라 오버헤드입니다</translation>
    </message>
</context>
<context>
    <name>corescope::gui::TaskModel</name>
    <message>
        <source>✗ differs</source>
        <translation>✗ 다름</translation>
    </message>
    <message>
        <source>✓ ok</source>
        <translation>✓ 맞음</translation>
    </message>
    <message>
        <source>✗ worker died</source>
        <translation>✗ 워커가 죽음</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직</translation>
    </message>
    <message>
        <source>The worker process running task %1 died before it could return a result.</source>
        <translation>작업 %1을 실행하던 워커 프로세스가 결과를 돌려주기 전에 죽었습니다.</translation>
    </message>
    <message>
        <source>Task %1&apos;s result differs from the value the workload expects.</source>
        <translation>작업 %1의 결과가 워크로드가 기대하는 값과 다릅니다.</translation>
    </message>
    <message>
        <source>Not handed back to the caller yet. %1: held until every task before it is done; %2: held until the last task is done.</source>
        <translation>아직 호출한 쪽에 돌려주지 않았습니다. %1: 앞의 작업이 모두 끝날 때까지 보류, %2: 마지막 작업이 끝날 때까지 보류.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>돌려준 순서</translation>
    </message>
    <message>
        <source>The task&apos;s position in the workload&apos;s list of inputs</source>
        <translation>워크로드 입력 목록에서 작업의 위치</translation>
    </message>
    <message>
        <source>The input the kernel ran on</source>
        <translation>커널이 받은 입력</translation>
    </message>
    <message>
        <source>What the kernel returned</source>
        <translation>커널이 돌려준 값</translation>
    </message>
    <message>
        <source>The worker (thread or process) that ran the task, from 1</source>
        <translation>작업을 실행한 워커 (스레드나 프로세스), 1부터</translation>
    </message>
    <message>
        <source>The process that ran the task</source>
        <translation>작업을 실행한 프로세스</translation>
    </message>
    <message>
        <source>Wall time from the task&apos;s start to its end</source>
        <translation>작업 시작부터 끝까지의 시간</translation>
    </message>
    <message>
        <source>When the result reached the caller, 1 = first; the API decides: %1; %2; %3</source>
        <translation>결과가 호출한 쪽에 도착한 순서, 1 = 처음. API가 정합니다: %1; %2; %3</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>코어</translation>
    </message>
    <message>
        <source>The logical CPU core (a number, not a time) the task started on (→ the one it ended on, if the OS moved it)</source>
        <translation>작업이 시작된 논리 CPU 코어 번호(시간이 아님). OS가 옮겼다면 → 끝난 코어</translation>
    </message>
    <message>
        <source>✗ killed</source>
        <translation>✗ 중단됨</translation>
    </message>
    <message>
        <source>Task %1 was running when another worker&apos;s death broke the pool: it was stopped with the pool, without a result.</source>
        <translation>다른 워커가 죽어 풀이 깨졌을 때 작업 %1이(가) 실행 중이었습니다: 풀과 함께 중단되어 결과가 없습니다.</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>보관 안 됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Task %1 was running when Cancel stopped the run: it was stopped there, without a result.</source>
        <translation>취소가 실행을 멈췄을 때 작업 %1이 실행 중이었습니다: 그 자리에서 결과 없이 멈췄습니다.</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>✓ the task finished and matches the expected result; ✗ it differs, its worker died, or (in Python) it raised: the run&apos;s error says which</source>
        <translation>✓ 작업이 끝났고 기대한 결과와 같습니다. ✗ 결과가 다르거나, 워커가 죽었거나, (파이썬에서) 예외를 일으켰습니다. 어느 쪽인지는 실행 오류가 알려 줍니다</translation>
    </message>
</context>
<context>
    <name>corescope::gui::WindowMenus</name>
    <message>
        <source>&amp;Python Equivalent</source>
        <translation>파이썬 코드 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Show the Python program that does what the current settings do (Ctrl+Shift+P)</source>
        <translation>현재 설정과 같은 일을 하는 파이썬 프로그램을 보여 줍니다 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>About Corescope</source>
        <translation>Corescope 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Corescope %1&lt;/h3&gt;&lt;p&gt;See parallelism: run a workload serially, on threads or on processes and watch the cores, the per-worker timeline and the speedup.&lt;/p&gt;&lt;p&gt;Ctrl+R run · Esc cancel · Ctrl+O open · Ctrl+E export · F11 presentation mode&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Corescope %1&lt;/h3&gt;&lt;p&gt;병렬성을 눈으로 보세요: 워크로드를 직렬로, 스레드로, 프로세스로 실행하고 코어, 워커별 타임라인, 속도 향상을 지켜보세요.&lt;/p&gt;&lt;p&gt;Ctrl+R 실행 · Esc 취소 · Ctrl+O 열기 · Ctrl+E 내보내기 · F11 발표 모드&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language: %1. An open Compare window or dialog takes it when it is opened again.</source>
        <translation>언어: %1. 열려 있는 비교 창이나 대화 상자는 다시 열 때 바뀝니다.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel any run and close Corescope (Ctrl+Q)</source>
        <translation>실행 중인 것을 취소하고 Corescope를 닫습니다 (Ctrl+Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Run the workload with these options (Ctrl+R)</source>
        <translation>이 옵션으로 워크로드를 실행합니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the run now; finished results stay (Esc)</source>
        <translation>지금 실행을 멈춥니다. 끝난 결과는 남습니다 (Esc)</translation>
    </message>
    <message>
        <source>Run &amp;Serial Baseline</source>
        <translation>직렬 기준선 실행(&amp;S)</translation>
    </message>
    <message>
        <source>Run the workload serially: the speedup chart measures every other run against this one</source>
        <translation>워크로드를 직렬로 실행합니다. 속도 향상 차트는 다른 모든 실행을 이것과 비교합니다</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>스윕(&amp;W)…</translation>
    </message>
    <message>
        <source>Measure the workload over several modes and worker counts: the Sweep tab (Ctrl+Shift+R)</source>
        <translation>여러 모드와 워커 수로 워크로드를 측정합니다: 스윕 탭 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large fonts, thick lines and high contrast, for a projector (F11); the Controls panel hides, Ctrl+L shows it</source>
        <translation>프로젝터용 전체 화면, 큰 글꼴, 굵은 선, 높은 대비(F11). 제어판은 숨겨지며 Ctrl+L로 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline to Run</source>
        <translation>타임라인을 실행에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom the timeline out to the whole run (Ctrl+0)</source>
        <translation>타임라인을 실행 전체가 보이게 축소합니다 (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>Lesso&amp;ns</source>
        <translation>레슨(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Controls Panel</source>
        <translation>제어판(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the side panel (Ctrl+L)</source>
        <translation>옆 패널을 보이거나 숨깁니다 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>실시간(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Speedup</source>
        <translation>속도 향상(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>결과(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the window and of the lessons; the command line follows LANG or --lang</source>
        <translation>창과 레슨의 언어. 명령줄은 LANG이나 --lang을 따릅니다</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>시스템(&amp;S) (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Corescope</source>
        <translation>Corescope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>스윕(&amp;W)</translation>
    </message>
    <message>
        <source>Race and Compare windows: close</source>
        <translation>경주·비교 창: 닫기</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
</context>
<context>
    <name>corescope::gui::WorkloadChooser</name>
    <message>
        <source>Workload</source>
        <translation>워크로드</translation>
    </message>
    <message>
        <source>The workloads shipped with Corescope and the files you opened: pick one, then press Run (Ctrl+R)</source>
        <translation>Corescope에 들어 있는 워크로드와 직접 연 파일: 하나를 고르고 실행을 누르세요 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>워크로드</translation>
    </message>
    <message>
        <source>What the selected workload runs, and what to look for</source>
        <translation>고른 워크로드가 무엇을 실행하는지, 무엇을 눈여겨볼지</translation>
    </message>
</context>
</TS>
