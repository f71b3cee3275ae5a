package com.needlework.command.insurance.eligibility;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.needlework.api.common.Refusal;
import com.needlework.api.common.Texts;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one X12 file into its segments with staedi, which takes the separators from the ISA segment
 * and checks the envelope against its X12 control schema (SE01, SE02, GE01, GE02, IEA01, IEA02).
 * Refuses the first error it meets. Use once per file.
 */
final class InterchangeReader {

  private final byte[] input;
  private final List<Segment> segments = new ArrayList<>();
  private final List<Segment.Value> values = new ArrayList<>();
  private int groupsInInterchange;
  private int transactionsInGroup;

  InterchangeReader(String x12) {
    this.input = x12.getBytes(UTF_8);
  }

  List<Segment> segments() {
    EDIInputFactory factory = EDIInputFactory.newFactory();
    factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
    factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, true);
    try (EDIStreamReader reader =
        factory.createEDIStreamReader(new ByteArrayInputStream(input), UTF_8.name())) {
      while (reader.hasNext()) {
        accept(reader);
      }
    } catch (EDIStreamException unreadable) {
      throw unreadableFrom(unreadable.getLocation());
    } catch (IOException closing) {
      throw new UncheckedIOException(closing);
    }
    return List.copyOf(segments);
  }

  private void accept(EDIStreamReader reader) throws EDIStreamException {
    switch (reader.next()) {
      case START_INTERCHANGE -> {
        if (!"X12".equals(reader.getStandard())) {
          throw notX12();
        }
        groupsInInterchange = 0;
      }
      case START_GROUP -> {
        groupsInInterchange++;
        transactionsInGroup = 0;
      }
      case START_TRANSACTION -> transactionsInGroup++;
      case START_SEGMENT -> values.clear();
      case ELEMENT_DATA -> {
        Location at = reader.getLocation();
        values.add(
            new Segment.Value(
                at.getElementPosition(),
                at.getElementOccurrence(),
                Math.max(1, at.getComponentPosition()),
                reader.getText()));
      }
      case END_SEGMENT -> {
        Location at = reader.getLocation();
        segments.add(new Segment(at.getSegmentTag(), at.getSegmentPosition(), values));
      }
      case SEGMENT_ERROR -> throw segmentError(reader);
      case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> throw elementError(reader);
      default -> {}
    }
  }

  private Refusal segmentError(EDIStreamReader reader) {
    Location at = reader.getLocation();
    String problem =
        switch (reader.getErrorType()) {
          case MANDATORY_SEGMENT_MISSING ->
              "a required %s segment is missing before it".formatted(reader.getReferenceCode());
          case UNRECOGNIZED_SEGMENT_ID -> "this is not a segment X12 knows";
          default -> "the segment does not belong here";
        };
    return MalformedX12.refusal(at.getSegmentTag(), at.getSegmentPosition(), problem);
  }

  private Refusal elementError(EDIStreamReader reader) {
    Location at = reader.getLocation();
    String tag = at.getSegmentTag();
    String element = "%s%02d".formatted(tag, at.getElementPosition());
    String text = Texts.quote(reader.getText());
    String problem =
        switch (reader.getErrorType()) {
          case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT ->
              "%s says %s %s but the %s has %d"
                  .formatted(element, text, countedIn(tag), countedBy(tag), actualCount(at));
          case CONTROL_REFERENCE_MISMATCH ->
              "%s '%s' does not match %s".formatted(element, text, openingReference(tag));
          default -> "%s '%s' %s".formatted(element, text, describe(reader.getErrorType()));
        };
    return MalformedX12.refusal(tag, at.getSegmentPosition(), problem);
  }

  private static String countedIn(String trailer) {
    return switch (trailer) {
      case "SE" -> "segments";
      case "GE" -> "transactions";
      default -> "groups";
    };
  }

  private static String countedBy(String trailer) {
    return switch (trailer) {
      case "SE" -> "transaction";
      case "GE" -> "group";
      default -> "interchange";
    };
  }

  private int actualCount(Location trailer) {
    return switch (trailer.getSegmentTag()) {
      case "SE" -> trailer.getSegmentPosition() - last("ST").position() + 1;
      case "GE" -> transactionsInGroup;
      default -> groupsInInterchange;
    };
  }

  private String openingReference(String trailer) {
    return switch (trailer) {
      case "SE" -> "ST02 '%s'".formatted(Texts.quote(last("ST").element(2)));
      case "GE" -> "GS06 '%s'".formatted(Texts.quote(last("GS").element(6)));
      default -> "ISA13 '%s'".formatted(Texts.quote(last("ISA").element(13)));
    };
  }

  private static String describe(EDIStreamValidationError error) {
    return switch (error) {
      case REQUIRED_DATA_ELEMENT_MISSING -> "is required but missing";
      case DATA_ELEMENT_TOO_LONG -> "is too long";
      case DATA_ELEMENT_TOO_SHORT -> "is too short";
      case INVALID_CHARACTER_DATA -> "has characters that do not belong there";
      case INVALID_CODE_VALUE -> "is not an allowed code";
      case INVALID_DATE -> "is not a valid date";
      case INVALID_TIME -> "is not a valid time";
      case TOO_MANY_DATA_ELEMENTS -> "is one element too many";
      case TOO_MANY_REPETITIONS -> "repeats too often";
      case TOO_MANY_COMPONENTS -> "has too many components";
      default -> "is not valid here";
    };
  }

  private Segment last(String tag) {
    for (int index = segments.size() - 1; index >= 0; index--) {
      if (segments.get(index).tag().equals(tag)) {
        return segments.get(index);
      }
    }
    throw new IllegalStateException("No " + tag + " segment was read before its trailer");
  }

  private Refusal unreadableFrom(Location at) {
    if (segments.isEmpty()) {
      return notX12();
    }
    Segment lastRead = segments.get(segments.size() - 1);
    boolean atSegment = at != null && at.getSegmentTag() != null;
    String tag = atSegment ? at.getSegmentTag() : lastRead.tag();
    int position = atSegment ? at.getSegmentPosition() : lastRead.position();
    boolean atEnd = at != null && at.getCharacterOffset() >= input.length;
    return MalformedX12.refusal(
        tag,
        position,
        atEnd
            ? "the file ends here: it is cut off before its closing IEA segment"
            : "what follows cannot be read as X12");
  }

  private static Refusal notX12() {
    return MalformedX12.refusal(
        "This is not an X12 file: it must start with a complete ISA segment");
  }
}
