"""Small hand-built notes on subjects unrelated to the seed, used by the deck tests."""

from __future__ import annotations

from builder.model import Notes
from tests.model_factory import comparison, fact, item, notes, section, tip, topic


def sample() -> Notes:
    return notes(
        section(
            "db.md",
            "DB 노트",
            topic(
                "PostgreSQL - 연결 한도",
                fact("기본 최대 연결 수는 ⟦100개⟧이다."),
                fact("공유 버퍼 기본값은 ⟦128MB⟧, 작업 메모리는 ⟦4MB⟧."),
                fact("백업 한도", "numbered"),
                fact("WAL 보존 기간은 최대 ⟦35일⟧", parent=2, depth=1),
                items=(item(2, 3),),
            ),
            topic(
                "Redis",
                fact("인메모리 키-값 저장소로, 캐시와 세션 저장에 쓴다."),
                fact("키 하나의 값은 최대 ⟦512MB⟧까지 저장할 수 있다."),
                fact("**Redis는 단일 스레드로 명령을 처리한다**"),
                fact("클러스터 모드에서는 CRC16 해시 슬롯으로 키를 여러 노드에 나눈다."),
                tips=(tip("Redis는 단일 스레드로 명령을 처리한다", 2),),
            ),
            topic(
                "메시지 브로커",
                fact("Kafka vs RabbitMQ", "numbered"),
                fact("Kafka는 로그를 보존하고 재생할 수 있다.", parent=0, depth=1),
                fact("RabbitMQ는 큐에서 메시지를 꺼내면 지운다.", parent=0, depth=1),
                comparisons=(
                    comparison(
                        "Kafka vs RabbitMQ",
                        ("Kafka", ["Kafka는 로그를 보존하고 재생할 수 있다."]),
                        ("RabbitMQ", ["RabbitMQ는 큐에서 메시지를 꺼내면 지운다.", "Kafka보다 지연이 짧다."]),
                        facts=(1, 2),
                    ),
                ),
            ),
        ),
        section(
            "net.md",
            "네트워크",
            topic(
                "TCP",
                fact("연결 지향 전송 프로토콜로, 신뢰성 있는 전달을 보장한다."),
                fact("최대 세그먼트 크기는 보통 ⟦1460바이트⟧, 기본 윈도 크기는 ⟦64KB⟧."),
                fact("3방향 핸드셰이크로 연결을 연다 => 연결 수립 지연 발생"),
                fact("`사용 사례: 파일 전송, 웹 요청`"),
                tips=(tip("연결 수립 지연 발생", 2, "conclusion"), tip("사용 사례: 파일 전송, 웹 요청", 3, "use_case")),
            ),
        ),
    )


def with_cloze_syntax() -> Notes:
    """A note that writes Anki's own cloze syntax and hint separators as plain text."""
    return notes(
        section(
            "anki.md",
            "Anki",
            topic(
                "템플릿 문법",
                fact("빈칸은 {{c1::정답}} 처럼 쓰고 힌트는 a::b 로 쓰며 최대 ⟦500개⟧까지 만든다."),
                fact("중괄호 }} 만 남아도 카드가 깨지면 안 된다, 한도 ⟦10초⟧."),
            ),
        )
    )
